import type { RenderedDeck, RenderedSlide } from '../../../model/index.ts';
import { type DeferredEmbeds, deferEmbeds } from '../embeds.ts';
import { slideLabel } from '../slideLabel.ts';

export interface StaticSlide {
  /** The `section.slide` box, laid out at the deck's reference size. */
  readonly element: HTMLElement;
  /** The slide's iframes, waiting in same-sized slots until `mount()`. */
  readonly embeds: DeferredEmbeds;
}

export interface StaticSlideOptions {
  /** Images and iframes load only when near the viewport (review); print wants them all. */
  readonly lazy: boolean;
  /**
   * `defer`: iframes wait in slots for `embeds.mount()` (review). `card`: each iframe becomes
   * a printable card with its address (print: a frame prints as an empty box).
   */
  readonly embeds: 'defer' | 'card';
}

/** A printable stand-in for an iframe: its title and address. */
function embedCard(frame: HTMLIFrameElement): HTMLElement {
  const doc = frame.ownerDocument;
  const card = doc.createElement('span');
  card.className = 'print-embed';
  const width = frame.getAttribute('width');
  const height = frame.getAttribute('height');
  if (width && /^\d+$/.test(width)) card.style.width = `${width}px`;
  if (height && /^\d+$/.test(height)) card.style.height = `${height}px`;
  const label = doc.createElement('strong');
  label.textContent = frame.title.trim() || 'Вбудоване відео';
  const link = doc.createElement('a');
  const src = frame.getAttribute('src') ?? '';
  link.href = src;
  link.textContent = src;
  card.append(label, link);
  return card;
}

/**
 * A slide for a view that lays out many slides (review, print): never current, never
 * playing. Media lose `autoplay`; iframes wait in slots until the view mounts them.
 */
export function renderStaticSlide(
  doc: Document,
  slide: RenderedSlide,
  deck: RenderedDeck,
  options: StaticSlideOptions,
): StaticSlide {
  const element = doc.createElement('section');
  element.className = ['slide', ...slide.classes].join(' ');
  if (slide.style !== '') element.setAttribute('style', slide.style);
  element.dataset.index = String(slide.index);
  if (slide.name !== undefined) element.dataset.name = slide.name;
  element.setAttribute('aria-label', slideLabel(deck.slides, slide.index));
  const template = doc.createElement('template');
  template.innerHTML = slide.html;
  const fragment = template.content;
  for (const media of fragment.querySelectorAll<HTMLMediaElement>('video, audio')) {
    media.removeAttribute('autoplay');
    media.autoplay = false;
    if (options.lazy) media.preload = 'metadata';
  }
  if (options.lazy) {
    for (const img of fragment.querySelectorAll('img')) img.loading = 'lazy';
    for (const frame of fragment.querySelectorAll('iframe')) frame.loading = 'lazy';
  }
  if (options.embeds === 'card') {
    for (const frame of fragment.querySelectorAll('iframe')) frame.replaceWith(embedCard(frame));
  }
  const embeds = deferEmbeds(fragment);
  const content = doc.createElement('div');
  content.className = 'slide-content';
  content.append(fragment);
  const number = doc.createElement('div');
  number.className = 'slide-number';
  number.textContent = `${slide.number} / ${deck.total}`;
  element.append(content, number);
  return { element, embeds };
}
