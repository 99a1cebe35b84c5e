/** Small DOM builders shared by the presenter view's parts. */

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

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

/** Writes text only when it changed: a tick that changes nothing touches no node. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
