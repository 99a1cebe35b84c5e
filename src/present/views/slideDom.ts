/**
 * The one slide-to-DOM renderer: a `RenderedSlide` becomes a `section.slide` box (the slide's
 * classes and background, its content, then the `current / total` number). Every view that
 * draws a slide builds it here and differs only in its options:
 *
 * | view | stills (`slideStills.ts`) | other | access |
 * |---|---|---|---|
 * | slideshow, presenter's current slide (`slide.ts`) | none: iframes deferred | | `label` |
 * | review | none: iframes deferred | `lazy` | `label` |
 * | print | `printStills`: iframes as cards | | `label` |
 * | presenter's next-slide preview | `previewStills`: media cards, widget stills | | `picture` |
 * | overview thumbnail | `thumbnailStills`: media as grey boxes | `lazy`, `width` | `hidden` |
 *
 * The markup is parsed into a `<template>` (inert: nothing loads or plays) and changed there,
 * before it reaches the document. Media never autoplay from here: a `[data-autoplay]` mark
 * remembers the author's wish for the view that plays its shown slide (`slide.ts`).
 */
import type { RenderedDeck, RenderedSlide } from '../../model/index.ts';
import { element } from './dom.ts';
import { type DeferredEmbeds, deferEmbeds } from './embeds.ts';
import { slideLabel } from './slideLabel.ts';

export interface SlideDomOptions {
  /** A class beside `slide` and the slide's own (`presenter-static`, `slide-thumbnail`). */
  readonly className?: string;
  /**
   * Swaps, in place, what must not load, play or run in this view for stand-ins
   * (`slideStills.ts`: print cards, the presenter preview's cards and widget stills, thumbnail
   * boxes). Iframes left in wait in same-sized slots until `embeds.mount()`; widget
   * placeholders left in stay for the widget host. Passed in, not chosen by name: the stand-ins stay out of the
   * slideshow's first load.
   */
  readonly stills?: (content: DocumentFragment) => void;
  /** Images (and iframes) load only near the viewport; media load only their metadata. */
  readonly lazy?: boolean;
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
  /** The slide's iframes, waiting in slots until `mount()` (none where `stills` took them). */
  readonly embeds: DeferredEmbeds;
}

/** Reference sizes of the slide box in CSS px (remark's defaults). */
export const SLIDE_SIZE = Object.freeze({
  '4:3': Object.freeze({ width: 908, height: 681 }),
  '16:9': Object.freeze({ width: 1210, height: 681 }),
});

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
  options.stills?.(fragment);
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
