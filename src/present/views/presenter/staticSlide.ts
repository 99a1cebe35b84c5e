/**
 * A slide rendered as a still picture for the presenter's next-slide preview: its HTML
 * only. Media and embeds are swapped for labelled placeholders before the markup reaches the
 * document (a `<template>` is inert, so nothing starts loading), and widget placeholders lose
 * the attributes the widget host mounts on. Each widget shows its still form
 * (src/widgets/standIns.ts): a live cell as the slide reads without it (the author's code
 * block and recorded output), a live figure as its picture, any other widget as a card in the
 * slide's colours taking the widget's room. The preview never plays, loads or runs anything.
 */
import type { RenderedDeck, RenderedSlide } from '../../../model/index.ts';
// Pure data shared with the build (like figureStandIns): no widget code is loaded here.
import { type WidgetStill, widgetStill } from '../../../widgets/host.ts';

const MEDIA = 'video, audio, iframe, object, embed';

const mediaLabel = (element: Element): string => {
  switch (element.localName) {
    case 'video':
      return 'Відео';
    case 'audio':
      return 'Аудіо';
    default: {
      const src = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
      return /youtube(-nocookie)?\.com|youtu\.be/.test(src)
        ? 'Відео YouTube'
        : 'Вбудована сторінка';
    }
  }
};

const pixels = (value: string | null): string | undefined =>
  value !== null && /^\d+$/.test(value) ? `${value}px` : undefined;

const hasOwnMarkup = (element: Element): boolean =>
  element.childElementCount > 0 || (element.textContent ?? '').trim() !== '';

/** Turns a widget placeholder into the widget's still form, in place. */
function stillWidget(placeholder: HTMLElement, still: WidgetStill): void {
  placeholder.removeAttribute('data-widget-id');
  placeholder.removeAttribute('data-widget');
  if (still.form === 'as-written' || hasOwnMarkup(placeholder)) {
    placeholder.dataset.still = 'as-written';
    return;
  }
  const doc = placeholder.ownerDocument;
  placeholder.dataset.still = 'stand-in';
  placeholder.classList.add('presenter-static-widget');
  if (still.height !== undefined) placeholder.style.height = `${still.height}px`;
  const kicker = doc.createElement('span');
  kicker.className = 'presenter-static-kicker';
  kicker.textContent = 'Жива демонстрація';
  const title = doc.createElement('span');
  title.className = 'presenter-static-title';
  title.textContent = still.title;
  placeholder.replaceChildren(kicker, title);
}

/** Replaces media with static cards and widgets with their still forms, in place. */
export function makeStatic(fragment: DocumentFragment): void {
  const doc = fragment.ownerDocument;
  for (const media of fragment.querySelectorAll(MEDIA)) {
    const card = doc.createElement('span');
    card.className = 'presenter-static-media';
    card.textContent = `▶ ${mediaLabel(media)}`;
    const width = pixels(media.getAttribute('width'));
    const height = pixels(media.getAttribute('height'));
    if (width !== undefined) card.style.width = width;
    if (height !== undefined) card.style.height = height;
    media.replaceWith(card);
  }
  for (const placeholder of fragment.querySelectorAll<HTMLElement>('[data-widget-id]')) {
    stillWidget(placeholder, widgetStill(placeholder.dataset.widget ?? ''));
  }
  for (const element of fragment.querySelectorAll('[autoplay]')) {
    element.removeAttribute('autoplay');
  }
}

/** A `.slide` box showing `slide` as a still (same classes and background as the real one). */
export function renderStaticSlide(
  doc: Document,
  slide: RenderedSlide,
  deck: RenderedDeck,
): HTMLElement {
  const element = doc.createElement('section');
  element.className = ['slide', 'presenter-static', ...slide.classes].join(' ');
  element.setAttribute('style', slide.style);
  element.dataset.index = String(slide.index);
  const content = doc.createElement('div');
  content.className = 'slide-content';
  const template = doc.createElement('template');
  template.innerHTML = slide.html;
  makeStatic(template.content);
  content.append(template.content);
  const number = doc.createElement('div');
  number.className = 'slide-number';
  number.textContent = `${slide.number} / ${deck.total}`;
  element.append(content, number);
  return element;
}
