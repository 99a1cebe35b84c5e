import type { RenderedSlide } from '../model/index.ts';
import { slideIndex } from '../model/index.ts';
import type { Store } from './store.ts';

/** A slide as remark.js hands it to API users (the read-only part tools rely on). */
export interface RemarkSlide {
  /** 0-based position. */
  getSlideIndex(): number;
  /** The number shown on the slide (`count: false` slides share the previous one). */
  getSlideNumber(): number;
  /** `name` and `class` as remark exposes them. */
  readonly properties: Readonly<Record<string, string>>;
  /** The notes as rendered HTML (remark keeps markdown; ours is rendered at build time). */
  readonly notes: string;
}

export type RemarkEvent = 'showSlide' | 'hideSlide' | 'afterShowSlide';
export type RemarkHandler = (slide: RemarkSlide) => void;

/** remark.js's core slideshow API, so tools that drive remark decks keep working. */
export interface RemarkApi {
  /** 1-based number (or its digits), or a slide `name:`; unknown targets are ignored. */
  gotoSlide(slideNoOrName: number | string): void;
  gotoNextSlide(): void;
  gotoPreviousSlide(): void;
  gotoFirstSlide(): void;
  gotoLastSlide(): void;
  getSlideCount(): number;
  /** 0-based. */
  getCurrentSlideIndex(): number;
  getSlides(): RemarkSlide[];
  on(event: RemarkEvent, handler: RemarkHandler): RemarkApi;
  /** Without a handler, removes every handler of the event. */
  off(event: RemarkEvent, handler?: RemarkHandler): RemarkApi;
}

/** What the adapter needs from the presentation: the store's reading and moving parts. */
export type RemarkStore = Pick<
  Store,
  'deck' | 'index' | 'count' | 'goTo' | 'next' | 'previous' | 'first' | 'last' | 'on'
>;

const EVENTS: readonly RemarkEvent[] = ['showSlide', 'hideSlide', 'afterShowSlide'];

function toRemarkSlide(slide: RenderedSlide): RemarkSlide {
  const properties: Record<string, string> = { class: slide.classes.join(', ') };
  if (slide.name !== undefined) properties.name = slide.name;
  return {
    getSlideIndex: () => slide.index,
    getSlideNumber: () => slide.number,
    properties: Object.freeze(properties),
    notes: slide.notesHtml,
  };
}

/**
 * The adapter over the store. On every slide change it calls `hideSlide` (old slide), then
 * `showSlide` and `afterShowSlide` (new slide), like remark; the views have already updated
 * when it runs, so `afterShowSlide` sees the new slide in the page. A handler that throws
 * is reported and does not stop the others.
 */
export function createRemarkApi(
  store: RemarkStore,
  report: (error: unknown) => void = (error) =>
    queueMicrotask(() => {
      throw error;
    }),
): RemarkApi & { dispose(): void } {
  const handlers = new Map<RemarkEvent, Set<RemarkHandler>>(EVENTS.map((e) => [e, new Set()]));
  const slideAt = (index: number): RemarkSlide | undefined => {
    const slide = store.deck.slides[index];
    return slide === undefined ? undefined : toRemarkSlide(slide);
  };
  const emit = (event: RemarkEvent, slide: RemarkSlide | undefined): void => {
    if (slide === undefined) return;
    for (const handler of [...(handlers.get(event) ?? [])]) {
      try {
        handler(slide);
      } catch (error) {
        report(error);
      }
    }
  };
  const offChange = store.on('change', ({ index, previous }) => {
    emit('hideSlide', slideAt(previous));
    const shown = slideAt(index);
    emit('showSlide', shown);
    emit('afterShowSlide', shown);
  });

  const targetIndex = (target: number | string): number | undefined => {
    if (typeof target === 'number') return Number.isInteger(target) ? target - 1 : undefined;
    const text = target.trim();
    if (/^[0-9]+$/.test(text)) return Number.parseInt(text, 10) - 1;
    const found = store.deck.slides.findIndex((s) => s.name === text);
    return found >= 0 ? found : undefined;
  };

  const api: RemarkApi & { dispose(): void } = {
    gotoSlide(target) {
      const index = targetIndex(target);
      if (index !== undefined && index >= 0 && index < store.count) store.goTo(slideIndex(index));
    },
    gotoNextSlide: () => store.next(),
    gotoPreviousSlide: () => store.previous(),
    gotoFirstSlide: () => store.first(),
    gotoLastSlide: () => store.last(),
    getSlideCount: () => store.count,
    getCurrentSlideIndex: () => store.index,
    getSlides: () => store.deck.slides.map(toRemarkSlide),
    on(event, handler) {
      handlers.get(event)?.add(handler);
      return api;
    },
    off(event, handler) {
      if (handler === undefined) handlers.get(event)?.clear();
      else handlers.get(event)?.delete(handler);
      return api;
    },
    dispose() {
      offChange();
      for (const set of handlers.values()) set.clear();
    },
  };
  return api;
}

declare global {
  interface Window {
    /** remark.js's API over the open deck (see src/present/remarkApi.ts). */
    slideshow?: RemarkApi;
  }
}

/** Exposes the adapter as `window.slideshow` until the returned function is called. */
export function installRemarkApi(win: Window, store: RemarkStore): () => void {
  const api = createRemarkApi(store, (error) => win.reportError(error));
  win.slideshow = api;
  return () => {
    api.dispose();
    if (win.slideshow === api) delete win.slideshow;
  };
}
