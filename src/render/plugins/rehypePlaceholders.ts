import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { isMarkedBlock } from '../blockMark.ts';
import type { Placeholder } from '../placeholders.ts';
import { HAS_TOKEN, TOKEN_PATTERN, tokensToSource } from '../placeholders.ts';
import '../renderContext.ts';

type Parent = Root | Element;

/** Elements whose text is shown verbatim: tokens inside go back to their source text. */
const VERBATIM = new Set(['code', 'pre', 'textarea', 'title', 'script', 'style']);

/**
 * Substitutes the placeholder tokens (math, content classes, errors) with their rendered
 * nodes. A paragraph holding block placeholders (div classes, display math) is split around
 * them, so a block never ends up inside a `<p>`; a paragraph that holds only the block is
 * replaced by it. Tokens in code and attribute values become the author's source text.
 */
export function rehypePlaceholders() {
  return (tree: Root, file: VFile): void => {
    const table = file.data.deck?.placeholders;
    if (!table || table.size === 0) return;
    substitute(tree, table, false);
  };
}

function substitute(parent: Parent, table: ReadonlyMap<string, Placeholder>, verbatim: boolean) {
  const out: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      out.push(...(verbatim ? [sourceText(child, table)] : expandText(child.value, table)));
      continue;
    }
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    restoreAttributes(child, table);
    const childVerbatim = verbatim || VERBATIM.has(child.tagName);
    if (!childVerbatim && child.tagName === 'p' && hasBlockToken(child, table)) {
      substitute(child, table, false);
      out.push(...splitParagraph(child));
      continue;
    }
    substitute(child, table, childVerbatim);
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}

function sourceText(node: Text, table: ReadonlyMap<string, Placeholder>): Text {
  return { ...node, value: tokensToSource(node.value, table) };
}

function expandText(value: string, table: ReadonlyMap<string, Placeholder>): ElementContent[] {
  if (!HAS_TOKEN.test(value)) return [{ type: 'text', value }];
  const out: ElementContent[] = [];
  for (const part of value.split(TOKEN_PATTERN)) {
    if (part === '') continue;
    const found = table.get(part);
    if (found) out.push(...found.nodes);
    else out.push({ type: 'text', value: part });
  }
  return out;
}

function restoreAttributes(node: Element, table: ReadonlyMap<string, Placeholder>): void {
  for (const [key, value] of Object.entries(node.properties)) {
    if (typeof value === 'string' && HAS_TOKEN.test(value)) {
      node.properties[key] = tokensToSource(value, table);
    } else if (Array.isArray(value)) {
      node.properties[key] = value.map((v) =>
        typeof v === 'string' ? tokensToSource(v, table) : v,
      );
    }
  }
}

function hasBlockToken(p: Element, table: ReadonlyMap<string, Placeholder>): boolean {
  return p.children.some(
    (c) =>
      c.type === 'text' &&
      HAS_TOKEN.test(c.value) &&
      c.value.split(TOKEN_PATTERN).some((part) => table.get(part)?.block === true),
  );
}

/**
 * Called after the paragraph's own tokens were expanded: block nodes carry a marker so
 * they can be found among the paragraph's children.
 */
function splitParagraph(p: Element): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const trimmed = trimRun(run);
    if (trimmed.length > 0) out.push({ ...p, children: trimmed, properties: { ...p.properties } });
    run = [];
  };
  for (const child of p.children) {
    if (isMarkedBlock(child)) {
      flush();
      out.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}

/** Drops whitespace at the edges of a paragraph piece (and empty pieces altogether). */
function trimRun(run: ElementContent[]): ElementContent[] {
  const items = [...run];
  while (items.length > 0 && isBlank(items[0])) items.shift();
  while (items.length > 0 && isBlank(items[items.length - 1])) items.pop();
  const first = items[0];
  if (first?.type === 'text') items[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = items[items.length - 1];
  if (last?.type === 'text')
    items[items.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return items;
}

function isBlank(node: ElementContent | undefined): boolean {
  return node?.type === 'text' && node.value.trim() === '';
}
