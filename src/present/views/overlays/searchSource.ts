import type { RenderedSlide } from '../../../model/index.ts';
import type { SearchSegment, SearchSource } from '../../search.ts';

/** A slide's search segments, and for each math segment the typeset formula to show. */
export interface SlideSearchSource extends SearchSource {
  /** Parallel to `segments`: the rendered `.math` element of each math segment. */
  readonly formulas: readonly (Element | undefined)[];
}

/** Elements that start a new line of text (as in src/render/hastText.ts). */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul video'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
// Node.ELEMENT_NODE and Node.TEXT_NODE, without reaching for a global.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Reads a slide's rendered HTML (slide, then notes) into search segments: text, and each
 * typeset formula as its TeX (from KaTeX's MathML annotation) with the element kept, so a
 * result shows the formula typeset instead of its source. The HTML is parsed into an inert
 * template: nothing loads or runs.
 */
export function slideSearchSource(doc: Document, slide: RenderedSlide): SlideSearchSource {
  const segments: SearchSegment[] = [];
  const formulas: (Element | undefined)[] = [];
  const pushText = (text: string): void => {
    const last = segments[segments.length - 1];
    if (last?.kind === 'text')
      segments[segments.length - 1] = { kind: 'text', text: last.text + text };
    else {
      segments.push({ kind: 'text', text });
      formulas.push(undefined);
    }
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      pushText(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag)) return;
    if (element.classList.contains('math')) {
      if (element.classList.contains('math-error')) {
        // The source as written, without the screen-reader text of the error.
        pushText(` ${element.querySelector('code')?.textContent ?? ''} `);
        return;
      }
      const annotation = element.querySelector('annotation[encoding="application/x-tex"]');
      segments.push({ kind: 'math', tex: annotation?.textContent ?? element.textContent ?? '' });
      formulas.push(element);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) pushText(' ');
    for (const child of element.childNodes) walk(child);
    if (block) pushText(' ');
  };
  for (const html of [slide.html, slide.notesHtml]) {
    if (html === '') continue;
    const template = doc.createElement('template');
    template.innerHTML = html;
    walk(template.content);
    pushText(' ');
  }
  return { index: slide.index, segments, formulas };
}
