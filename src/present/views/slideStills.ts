/**
 * Stand-ins for what a view must not load, play or run, swapped in before a slide's markup
 * reaches the document (the `stills` option of slideDom.ts). Only the views that need them
 * (print, presenter, overview: each loaded on demand) import this module.
 */
// Pure data shared with the build (like figureStandIns): no widget code is loaded here.
import { widgetStill } from '../../widgets/host.ts';
import { element } from './dom.ts';

/** Media and embeds that a still or a thumbnail never loads or plays. */
const MEDIA = 'video, audio, iframe, object, embed';

/** Print: each iframe becomes a card with its title and address (a frame prints empty). */
export function printStills(content: DocumentFragment): void {
  for (const frame of content.querySelectorAll('iframe')) frame.replaceWith(embedCard(frame));
}

/**
 * The presenter's next-slide preview, a still picture: every medium becomes a labelled card
 * in the slide's colours and every widget its still form. Nothing plays, loads or runs.
 */
export function previewStills(content: DocumentFragment): void {
  for (const media of content.querySelectorAll(MEDIA)) {
    media.replaceWith(sizedLike(media, 'presenter-static-media', `▶ ${mediaLabel(media)}`));
  }
  for (const placeholder of content.querySelectorAll<HTMLElement>('[data-widget-id]')) {
    widgetStillForm(placeholder);
  }
}

/** Overview thumbnails: every medium becomes a grey box of its size. */
export function thumbnailStills(content: DocumentFragment): void {
  for (const media of content.querySelectorAll(`${MEDIA}, script`)) {
    media.replaceWith(sizedLike(media, 'thumbnail-media'));
  }
}

const pixels = (value: string | null): string | undefined =>
  value !== null && /^\d+$/.test(value) ? `${value}px` : undefined;

/** A `span` taking the room of `media` (its `width`/`height` attributes, when in pixels). */
function sizedLike(media: Element, className: string, text?: string): HTMLElement {
  const stand = element(media.ownerDocument, 'span', className, text);
  const width = pixels(media.getAttribute('width'));
  const height = pixels(media.getAttribute('height'));
  if (width !== undefined) stand.style.width = width;
  if (height !== undefined) stand.style.height = height;
  return stand;
}

/** A printable stand-in for an iframe: its title and address. */
function embedCard(frame: HTMLIFrameElement): HTMLElement {
  const doc = frame.ownerDocument;
  const card = sizedLike(frame, 'print-embed');
  const src = frame.getAttribute('src') ?? '';
  const link = element(doc, 'a', '', src);
  link.href = src;
  card.append(element(doc, 'strong', '', frame.title.trim() || 'Вбудоване відео'), link);
  return card;
}

const mediaLabel = (media: Element): string => {
  switch (media.localName) {
    case 'video':
      return 'Відео';
    case 'audio':
      return 'Аудіо';
    default: {
      const src = media.getAttribute('src') ?? media.getAttribute('data') ?? '';
      return /youtube(-nocookie)?\.com|youtu\.be/.test(src)
        ? 'Відео YouTube'
        : 'Вбудована сторінка';
    }
  }
};

const hasOwnMarkup = (node: Element): boolean =>
  node.childElementCount > 0 || (node.textContent ?? '').trim() !== '';

/**
 * Turns a widget placeholder into the widget's still form, in place: a live cell as the slide
 * reads without it (the author's code block and recorded output), a live figure as its
 * picture, any other widget as a card in the slide's colours taking the widget's room.
 */
function widgetStillForm(placeholder: HTMLElement): void {
  const still = widgetStill(placeholder.dataset.widget ?? '');
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
  placeholder.replaceChildren(
    element(doc, 'span', 'presenter-static-kicker', 'Жива демонстрація'),
    element(doc, 'span', 'presenter-static-title', still.title),
  );
}
