import type { RenderedDeck, RenderedSlide } from '../../../model/index.ts';
import { SLIDE_SIZE } from '../slide.ts';

/** Media and embeds never load or play in a thumbnail: they become grey boxes. */
const LIVE = 'iframe, video, audio, object, embed, script';

/**
 * A still picture of a slide: its HTML laid out at the reference size and scaled down to
 * `width`. No widgets are mounted and no media plays.
 */
export function renderThumbnail(
  box: HTMLElement,
  slide: RenderedSlide,
  deck: RenderedDeck,
  width: number,
): void {
  const doc = box.ownerDocument;
  const size = SLIDE_SIZE[deck.ratio];
  const scale = width / size.width;
  const section = doc.createElement('section');
  section.className = ['slide', 'slide-thumbnail', ...slide.classes].join(' ');
  section.setAttribute('style', slide.style);
  section.style.width = `${size.width}px`;
  section.style.height = `${size.height}px`;
  section.style.transform = `scale(${scale})`;
  section.inert = true;
  section.setAttribute('aria-hidden', 'true');
  const content = doc.createElement('div');
  content.className = 'slide-content';
  const template = doc.createElement('template');
  template.innerHTML = slide.html;
  for (const live of template.content.querySelectorAll(LIVE)) {
    const stand = doc.createElement('span');
    stand.className = 'thumbnail-media';
    const w = live.getAttribute('width');
    const h = live.getAttribute('height');
    if (w && /^\d+$/.test(w)) stand.style.width = `${w}px`;
    if (h && /^\d+$/.test(h)) stand.style.height = `${h}px`;
    live.replaceWith(stand);
  }
  for (const img of template.content.querySelectorAll('img')) img.loading = 'lazy';
  content.append(template.content);
  const number = doc.createElement('div');
  number.className = 'slide-number';
  number.textContent = `${slide.number} / ${deck.total}`;
  section.append(content, number);
  box.style.width = `${width}px`;
  box.style.height = `${Math.round(size.height * scale)}px`;
  box.replaceChildren(section);
}
