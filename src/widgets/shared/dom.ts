const SVG_NS = 'http://www.w3.org/2000/svg';

type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
}

/** Creates an HTML element with attributes and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  setAttrs(el, attrs);
  el.append(...children);
  return el;
}

/** Creates an SVG element with attributes. */
export function s<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  el.append(...children);
  return el;
}

/** A text button (`.cw-text-btn`) that names its `data-action`; `attrs` adds attributes. */
export function textButton(
  doc: Document,
  action: string,
  text: string,
  attrs: Attrs = {},
): HTMLButtonElement {
  return h(
    doc,
    'button',
    { type: 'button', class: 'cw-btn cw-text-btn', 'data-action': action, ...attrs },
    text,
  );
}

/** A `.cw-panel` with its title above `content`. */
export function titledPanel(doc: Document, title: string, content: Element): HTMLDivElement {
  return h(
    doc,
    'div',
    { class: 'cw-panel' },
    h(doc, 'p', { class: 'cw-panel-title' }, title),
    content,
  );
}

/** A labelled `<select>` with Ukrainian option labels. */
export function select(
  doc: Document,
  label: string,
  options: readonly (readonly [value: string, text: string])[],
  value: string,
  name: string,
): { readonly wrapper: HTMLLabelElement; readonly input: HTMLSelectElement } {
  const input = h(doc, 'select', { 'data-control': name });
  for (const [v, text] of options) input.append(h(doc, 'option', { value: v }, text));
  input.value = value;
  const wrapper = h(doc, 'label', { class: 'cw-field' }, h(doc, 'span', {}, label), input);
  return { wrapper, input };
}

/** Formats a number for the audience: integers as is, others with up to `digits` decimals. */
export function fmt(value: number, digits = 2): string {
  if (Number.isInteger(value)) return String(value).replace('-', '−');
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return (text === '-0' ? '0' : text).replace('-', '−');
}
