import type { Content, ContentNode } from '../model/index.ts';

/** The markdown an author would have written for `content` (math escapes already removed). */
export function contentSource(content: Content): string {
  return content.map(nodeSource).join('');
}

export function nodeSource(node: ContentNode): string {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'math':
      return node.display ? `$$${node.tex}$$` : `$${node.tex}$`;
    case 'class':
      return `.${node.classes.join('.')}[${contentSource(node.children)}]`;
    case 'error':
      return node.source;
  }
}

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

export { countNewlines };

/**
 * The deck line where each node of `content` starts. Class, math and error nodes carry
 * their line; text nodes are placed relative to the nearest of those (or `fallback`).
 */
export function locateContent(content: Content, fallback: number): number[] {
  const anchor = content.findIndex((n) => n.kind !== 'text');
  let line = fallback;
  const first = content[anchor];
  if (first && first.kind !== 'text') {
    line = first.line;
    for (let i = 0; i < anchor; i++) line -= countNewlines(nodeSource(content[i]!));
    line = Math.max(1, line);
  }
  return content.map((node) => {
    if (node.kind !== 'text') line = node.line;
    const start = line;
    line += countNewlines(nodeSource(node));
    return start;
  });
}
