/**
 * A slide inside the two wrappers a column of slides scales it with (review, print):
 * `.{prefix}-slide-box` > `.{prefix}-slide-frame` > the slide.
 */
export function framedSlide(doc: Document, prefix: string, slide: HTMLElement): HTMLElement {
  const box = doc.createElement('div');
  box.className = `${prefix}-slide-box`;
  const frame = doc.createElement('div');
  frame.className = `${prefix}-slide-frame`;
  frame.append(slide);
  box.append(frame);
  return box;
}
