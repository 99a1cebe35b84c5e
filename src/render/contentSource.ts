import type { Content, ContentNode } from '../model/index.ts';

/**
 * The markdown an author would have written for `content` (math escapes already removed).
 * Iterative, so content nested however deep cannot overflow the stack.
 */
export function contentSource(content: Content): string {
  const out: string[] = [];
  const stack: (ContentNode | string)[] = [];
  for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    switch (node.kind) {
      case 'text':
        out.push(node.text);
        break;
      case 'math':
        out.push(node.display ? `$$${node.tex}$$` : `$${node.tex}$`);
        break;
      case 'class':
        out.push(`.${node.classes.join('.')}[`);
        stack.push(']');
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
        break;
      case 'error':
        out.push(node.source);
        break;
    }
  }
  return out.join('');
}

export function nodeSource(node: ContentNode): string {
  return node.kind === 'text' ? node.text : contentSource([node]);
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
