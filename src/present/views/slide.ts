import type { RenderedDeck, RenderedSlide } from '../../model/index.ts';
import type { DeferredEmbeds } from './embeds.ts';
import { createSlideBox, fillSlideBox, type SlideDomOptions } from './slideDom.ts';

/** The slideshow's slide: live widgets (mounted by the owner), iframes waiting in slots. */
const LIVE: SlideDomOptions = { access: 'label' };

/** The class of the slide the audience sees; other rendered slides are on standby. */
export const CURRENT_CLASS = 'slide-current';
const STANDBY_CLASS = 'slide-standby';
/** A standby box taken out of layout (display: none) until it is laid out again in idle time. */
const PARKED_CLASS = 'slide-parked';

export interface SlideView {
  readonly element: HTMLElement;
  /** Position of the slide rendered here, or -1 when empty. */
  readonly index: number;
  /** Whether iframes or videos are live in this view (they must not stay on off-screen). */
  readonly hasMedia: boolean;
  /** Whether the box is out of layout (see `park`). */
  readonly parked: boolean;
  /** Renders a slide into the box (iframes wait in slots until the slide is shown). */
  render(slide: RenderedSlide, deck: RenderedDeck): void;
  /** Shows this box (its iframes stay in their slots until `mountEmbeds`). */
  activate(): void;
  /**
   * Hides the box but keeps it laid out (a standby neighbour). Its videos pause at once; its
   * iframes stay until `unmountEmbeds` (detaching a frame costs 10–20 ms: the owner does it
   * after the next paint, see ../lifecycle.ts).
   */
  deactivate(): void;
  /** Puts the iframes waiting in their slots in place (they start loading). */
  mountEmbeds(): void;
  /** Takes the iframes out again, back into their slots: an embedded video stops. */
  unmountEmbeds(): void;
  /**
   * Takes the box out of layout (display: none) once it is hidden (at once if it is). For a
   * slide being left whose content is about to change (its widgets unmount and give back
   * their placeholders): the key press then lays out neither the old nor the restored
   * content. `unpark` (in idle time) or `activate` brings it back.
   */
  park(): void;
  /** Puts a parked box back into layout (still hidden); the caller lays it out. */
  unpark(): void;
  /** Forgets what was rendered (e.g. the deck changed). */
  clear(): void;
  dispose(): void;
}

/**
 * One slide box: content, then the `current / total` number. It never waits for anything
 * itself: its owner moves the iframes in and out in the phases of ../lifecycle.ts.
 */
export function createSlideView(doc: Document): SlideView {
  const box = createSlideBox(doc);
  const { element, content } = box;
  let index = -1;
  let active = false;
  let parked = false;
  let embeds: DeferredEmbeds | undefined;
  const applyState = (): void => {
    element.classList.toggle(CURRENT_CLASS, active);
    element.classList.toggle(STANDBY_CLASS, !active);
    element.toggleAttribute('inert', !active);
    element.setAttribute('aria-hidden', String(!active));
    element.classList.toggle(PARKED_CLASS, parked && !active);
  };

  const view: SlideView = {
    element,
    get index() {
      return index;
    },
    get hasMedia() {
      return content.querySelector('iframe, video, audio') !== null;
    },
    get parked() {
      return parked;
    },
    render(slide, deck) {
      embeds?.unmount(); // clears the load timers of the slide rendered before
      index = slide.index;
      parked = false;
      // Media in a slide waiting on standby must not start on its own (`activate` plays them).
      embeds = fillSlideBox(box, slide, deck, LIVE);
      applyState();
      if (active) view.activate();
    },
    activate() {
      active = true;
      parked = false;
      applyState();
      for (const media of content.querySelectorAll<HTMLMediaElement>('[data-autoplay]')) {
        void media.play().catch(() => undefined);
      }
    },
    deactivate() {
      active = false;
      applyState();
      for (const media of content.querySelectorAll('video, audio')) {
        (media as HTMLMediaElement).pause();
      }
    },
    mountEmbeds() {
      if (embeds !== undefined && embeds.count > 0) embeds.mount();
    },
    unmountEmbeds() {
      if (embeds !== undefined && embeds.count > 0) embeds.unmount();
    },
    park() {
      parked = true;
      applyState();
    },
    unpark() {
      parked = false;
      applyState();
    },
    clear() {
      embeds?.unmount();
      index = -1;
      embeds = undefined;
      content.replaceChildren();
    },
    dispose() {
      embeds?.unmount();
      element.remove();
    },
  };
  return view;
}
