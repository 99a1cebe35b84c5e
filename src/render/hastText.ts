import type { Root, RootContent } from 'hast';

const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul video'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'template']);

/**
 * Plain text of a rendered tree for search: text nodes, the TeX source of math, line
 * breaks around blocks; runs of whitespace collapsed.
 */
export function hastText(tree: Root): string {
  const out: string[] = [];
  const walk = (node: RootContent | Root): void => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element') {
      if (SKIPPED.has(node.tagName)) return;
      const block = BLOCKS.has(node.tagName);
      if (block) out.push('\n');
      // Typeset math (renderMath) carries its TeX source: that, not KaTeX's glyphs.
      const tex = (node.data as { tex?: unknown } | undefined)?.tex;
      if (typeof tex === 'string') out.push(tex);
      else for (const child of node.children) walk(child);
      if (block) out.push('\n');
    } else if (node.type === 'root') {
      for (const child of node.children) walk(child);
    }
  };
  walk(tree);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
