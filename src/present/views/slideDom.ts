/**
 * The one slide-to-DOM renderer: a `RenderedSlide` becomes a `section.slide` box (the slide's
 * classes and background, its content, then the `current / total` number). Every view that
 * draws a slide builds it here and differs only in its options:
 *
 * | view | media | widgets | access |
 * |---|---|---|---|
 * | slideshow, presenter's current slide (`slide.ts`) | `deferred` | `placeholders` | `label` |
 * | review | `deferred`, `lazy` | `placeholders` | `label` |
 * | print | `card` | `placeholders` | `label` |
 * | presenter's next-slide preview | `still` | `stills` | `picture` |
 * | overview thumbnail | `blank`, `lazy`, `width` | `placeholders` | `hidden` |
 *
 * The markup is parsed into a `<template>` (inert: nothing loads or plays) and changed there,
 * before it reaches the document. Media never autoplay from here: a `[data-autoplay]` mark
 * remembers the author's wish for the view that plays its shown slide (`slide.ts`).
 */
import type { RenderedDeck, RenderedSlide } from '../../model/index.ts';
// Pure data shared with the build (like figureStandIns): no widget code is loaded here.
import { type WidgetStill, widgetStill } from '../../widgets/host.ts';
import { element } from './dom.ts';
import { type DeferredEmbeds, deferEmbeds } from './embeds.ts';
import { slideLabel } from './slideLabel.ts';

export interface SlideDomOptions {
  /** A class beside `slide` and the slide's own (`presenter-static`, `slide-thumbnail`). */
  readonly className?: string;
  /**
   * What becomes of iframes, videos and other embedded media:
   * - `deferred`: iframes wait in same-sized slots until `embeds.mount()` (slideshow, review);
   * - `card`: each iframe becomes a printable card with its title and address (print: a frame
   *   prints as an empty box); videos stay;
   * - `still`: every medium becomes a labelled card in the slide's colours (the presenter's
   *   preview never plays or loads anything);
   * - `blank`: every medium becomes a grey box of its size (overview thumbnails).
   */
  readonly media: 'deferred' | 'card' | 'still' | 'blank';
  /** Images (and iframes) load only near the viewport; media load only their metadata. */
  readonly lazy?: boolean;
  /**
   * `placeholders`: widget placeholders stay for the widget host (or as their own markup when
   * nothing mounts them). `stills`: each becomes its still form (src/widgets/standIns.ts) and
   * loses the attributes the widget host mounts on.
   */
  readonly widgets: 'placeholders' | 'stills';
  /**
   * `label`: named for screen readers (`slideLabel`), with `data-index` and `data-name`.
   * `picture`: inert (its links and controls are not in the focus order), with `data-index`.
   * `hidden`: inert and hidden from screen readers (its owner names it, e.g. a button).
   */
  readonly access: 'label' | 'picture' | 'hidden';
  /** Laid out at the reference size and scaled down to this width (CSS px). */
  readonly width?: number;
}

/** The parts of a slide box, kept by a view that renders slide after slide into one box. */
export interface SlideBox {
  readonly element: HTMLElement;
  readonly content: HTMLElement;
  readonly number: HTMLElement;
}

export interface RenderedSlideDom {
  /** The `section.slide` box, laid out at the deck's reference size. */
  readonly element: HTMLElement;
  /** The slide's iframes, waiting in slots until `mount()` (none unless media is `deferred`). */
  readonly embeds: DeferredEmbeds;
}

/** Reference sizes of the slide box in CSS px (remark's defaults). */
export const SLIDE_SIZE = Object.freeze({
  '4:3': Object.freeze({ width: 908, height: 681 }),
  '16:9': Object.freeze({ width: 1210, height: 681 }),
});

/** Media and embeds that a still or a thumbnail never loads or plays. */
const MEDIA = 'video, audio, iframe, object, embed';

/** An empty slide box: content, then the number. */
export function createSlideBox(doc: Document): SlideBox {
  const section = doc.createElement('section');
  const content = element(doc, 'div', 'slide-content');
  const number = element(doc, 'div', 'slide-number');
  section.append(content, number);
  return { element: section, content, number };
}

/** `slide` in a new box. */
export function renderSlide(
  doc: Document,
  slide: RenderedSlide,
  deck: RenderedDeck,
  options: SlideDomOptions,
): RenderedSlideDom {
  const box = createSlideBox(doc);
  return { element: box.element, embeds: fillSlideBox(box, slide, deck, options) };
}

/**
 * Renders `slide` into `box`, replacing what was there (its classes, attributes and content;
 * a view's own state classes are its to set again).
 */
export function fillSlideBox(
  box: SlideBox,
  slide: RenderedSlide,
  deck: RenderedDeck,
  options: SlideDomOptions,
): DeferredEmbeds {
  const { element: section } = box;
  const extra = options.className === undefined ? [] : [options.className];
  section.className = ['slide', ...extra, ...slide.classes].join(' ');
  if (slide.style === '') section.removeAttribute('style');
  else section.setAttribute('style', slide.style);
  applyAccess(section, slide, deck, options.access);
  if (options.width !== undefined) {
    const size = SLIDE_SIZE[deck.ratio];
    section.style.width = `${size.width}px`;
    section.style.height = `${size.height}px`;
    section.style.transform = `scale(${options.width / size.width})`;
  }
  const template = section.ownerDocument.createElement('template');
  template.innerHTML = slide.html;
  const fragment = template.content;
  replaceMedia(fragment, options);
  if (options.widgets === 'stills') {
    for (const placeholder of fragment.querySelectorAll<HTMLElement>('[data-widget-id]')) {
      stillWidget(placeholder, widgetStill(placeholder.dataset.widget ?? ''));
    }
  }
  // Nothing starts on its own while the slide is not the shown one.
  for (const media of fragment.querySelectorAll<HTMLElement>('[autoplay]')) {
    media.removeAttribute('autoplay');
    media.dataset.autoplay = '';
  }
  if (options.lazy === true) {
    for (const media of fragment.querySelectorAll<HTMLMediaElement>('video, audio')) {
      media.preload = 'metadata';
    }
    for (const img of fragment.querySelectorAll('img')) img.loading = 'lazy';
    for (const frame of fragment.querySelectorAll('iframe')) frame.loading = 'lazy';
  }
  const embeds = deferEmbeds(fragment);
  box.content.replaceChildren(fragment);
  box.number.textContent = `${slide.number} / ${deck.total}`;
  return embeds;
}

function applyAccess(
  section: HTMLElement,
  slide: RenderedSlide,
  deck: RenderedDeck,
  access: SlideDomOptions['access'],
): void {
  if (access === 'hidden') {
    section.setAttribute('aria-hidden', 'true');
  } else {
    section.dataset.index = String(slide.index);
  }
  if (access === 'label') {
    section.setAttribute('aria-label', slideLabel(deck.slides, slide.index));
    if (slide.name === undefined) delete section.dataset.name;
    else section.dataset.name = slide.name;
  } else {
    section.inert = true;
  }
}

function replaceMedia(fragment: DocumentFragment, options: SlideDomOptions): void {
  switch (options.media) {
    case 'deferred':
      return;
    case 'card':
      for (const frame of fragment.querySelectorAll('iframe')) frame.replaceWith(embedCard(frame));
      return;
    case 'still':
      for (const media of fragment.querySelectorAll(MEDIA)) {
        media.replaceWith(sizedLike(media, 'presenter-static-media', `▶ ${mediaLabel(media)}`));
      }
      return;
    case 'blank':
      for (const media of fragment.querySelectorAll(`${MEDIA}, script`)) {
        media.replaceWith(sizedLike(media, 'thumbnail-media'));
      }
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

const hasOwnMarkup = (element: Element): boolean =>
  element.childElementCount > 0 || (element.textContent ?? '').trim() !== '';

/**
 * Turns a widget placeholder into the widget's still form, in place: a live cell as the slide
 * reads without it (the author's code block and recorded output), a live figure as its
 * picture, any other widget as a card in the slide's colours taking the widget's room.
 */
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
  placeholder.replaceChildren(
    element(doc, 'span', 'presenter-static-kicker', 'Жива демонстрація'),
    element(doc, 'span', 'presenter-static-title', still.title),
  );
}

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
