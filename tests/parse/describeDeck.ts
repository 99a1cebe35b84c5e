import type { Content, Deck } from '../../src/model/index.ts';

/**
 * A readable, exact projection of a parsed deck for fixture files. Content is written
 * as its text with the lexed nodes marked inline:
 *   «span.a.b@3|…»  «div.a@3|…»  «math@3|tex»  «display@3|tex»  «error@3|message|source»
 * (`@n` is the node's source line). Each line of content is prefixed with `| `; leading
 * and trailing blank lines of the whole content are left out.
 */
export function describeDeck(deck: Deck): string {
  const out: string[] = [`total ${deck.total} · ratio ${deck.ratio}`];
  for (const slide of deck.slides) {
    const head = [
      `slide ${slide.index + 1} #${slide.number}`,
      slide.name !== undefined ? `name=${slide.name}` : '',
      slide.classes.length > 0 ? `class=${slide.classes.join(',')}` : '',
      slide.incremental ? 'incremental' : '',
      `lines=${slide.lines.start}-${slide.lines.end}`,
    ];
    out.push('', head.filter(Boolean).join(' '));
    const props = Object.entries(slide.properties).filter(([k]) => k !== 'class' && k !== 'name');
    if (props.length > 0) out.push(`  props: ${props.map(([k, v]) => `${k}=${v}`).join('; ')}`);
    out.push(...block('content', slide.content));
    if (slide.notes.length > 0) out.push(...block('notes', slide.notes));
  }
  const links = Object.entries(deck.links);
  if (links.length > 0) {
    out.push('', 'links:');
    for (const [id, l] of links)
      out.push(`  [${id}] ${l.url}${l.title !== undefined ? ` "${l.title}"` : ''}`);
  }
  if (deck.messages.length > 0) {
    out.push('', 'messages:');
    for (const m of deck.messages) {
      const where = [
        m.slide !== undefined ? `slide ${m.slide + 1}` : '',
        m.line !== undefined ? `line ${m.line}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      out.push(`  ${m.severity} ${m.rule} ${where}: ${m.message}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function block(label: string, content: Content): string[] {
  const lines = serialize(content).split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return [`  ${label}:`, ...lines.map((l) => `    | ${l}`)];
}

export function serialize(content: Content): string {
  return content
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.text;
        case 'class':
          return `«${n.block ? 'div' : 'span'}.${n.classes.join('.')}@${n.line}|${serialize(n.children)}»`;
        case 'math':
          return `«${n.display ? 'display' : 'math'}@${n.line}|${n.tex}»`;
        default:
          return `«error@${n.line}|${n.message}|${n.source}»`;
      }
    })
    .join('');
}
