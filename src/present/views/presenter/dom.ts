/** Small DOM builders shared by the presenter view's parts. */
import { element } from '../dom.ts';

export { element };

/**
 * A `<button>` that does not take focus when clicked with a pointer, so slide keys keep
 * working after a click; keyboard users still reach it with Tab.
 */
export function button(
  doc: Document,
  className: string,
  text: string,
  onClick: () => void,
): HTMLButtonElement {
  const node = element(doc, 'button', className, text);
  node.type = 'button';
  node.addEventListener('mousedown', (event) => event.preventDefault());
  node.addEventListener('click', onClick);
  return node;
}

/**
 * A button showing a short symbol (`A+`) and named by a phrase: the symbol is hidden from
 * assistive technology, the phrase is hidden from the eye, so the name is the phrase alone.
 */
export function iconButton(
  doc: Document,
  symbol: string,
  name: string,
  onClick: () => void,
): HTMLButtonElement {
  const node = button(doc, 'presenter-button', '', onClick);
  const shown = element(doc, 'span', '', symbol);
  shown.setAttribute('aria-hidden', 'true');
  node.append(shown, element(doc, 'span', 'presenter-visually-hidden', name));
  return node;
}

/** Writes text only when it changed: a tick that changes nothing touches no node. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
