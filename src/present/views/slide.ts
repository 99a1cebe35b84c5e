import type { RenderedDeck, RenderedSlide } from '../../model/index.ts';
import { afterPaint } from './afterPaint.ts';
import { type DeferredEmbeds, deferEmbeds } from './embeds.ts';

/** Reference sizes of the slide box in CSS px (remark's defaults). */
export const SLIDE_SIZE = Object.freeze({
  '4:3': Object.freeze({ width: 908, height: 681 }),
  '16:9': Object.freeze({ width: 1210, height: 681 }),
});

/** The class of the slide the audience sees; other rendered slides are on standby. */
export const CURRENT_CLASS = 'slide-current';
const STANDBY_CLASS = 'slide-standby';

export interface SlideView {
  readonly element: HTMLElement;
  /** Position of the slide rendered here, or -1 when empty. */
  readonly index: number;
  /** Whether iframes or videos are live in this view (they must not stay on off-screen). */
  readonly hasMedia: boolean;
  /** Renders a slide into the box (iframes wait in slots until the slide is shown). */
  render(slide: RenderedSlide, deck: RenderedDeck): void;
  /** Shows this box; its iframes are put in place once the slide has been painted. */
  activate(): void;
  /**
   * Hides the box but keeps it laid out (a standby neighbour). Its videos pause at once; its
   * iframes are taken out right after the next paint (detaching a frame costs 10–20 ms).
   */
  deactivate(): void;
  /** Forgets what was rendered (e.g. the deck changed). */
  clear(): void;
  dispose(): void;
}

/** One slide box: content, then the `current / total` number. */
export function createSlideView(doc: Document): SlideView {
  const win = doc.defaultView;
  const element = doc.createElement('section');
  const content = doc.createElement('div');
  content.className = 'slide-content';
  const number = doc.createElement('div');
  number.className = 'slide-number';
  element.append(content, number);
  let index = -1;
  let active = false;
  let embeds: DeferredEmbeds | undefined;
  let cancelEmbedMove = (): void => {};

  const cancelEmbeds = (): void => {
    cancelEmbedMove();
    cancelEmbedMove = () => {};
  };
  /** Moves the iframes in or out after the next paint (at once without a window). */
  const moveEmbeds = (move: (pending: DeferredEmbeds) => void): void => {
    cancelEmbeds();
    const pending = embeds;
    if (pending === undefined || pending.count === 0) return;
    if (win === null) move(pending);
    else cancelEmbedMove = afterPaint(win, () => move(pending));
  };
  const applyState = (): void => {
    element.classList.toggle(CURRENT_CLASS, active);
    element.classList.toggle(STANDBY_CLASS, !active);
    element.toggleAttribute('inert', !active);
    element.setAttribute('aria-hidden', String(!active));
  };

  const view: SlideView = {
    element,
    get index() {
      return index;
    },
    get hasMedia() {
      return content.querySelector('iframe, video, audio') !== null;
    },
    render(slide, deck) {
      cancelEmbeds();
      embeds?.unmount(); // clears the load timers of the slide rendered before
      index = slide.index;
      element.className = ['slide', ...slide.classes].join(' ');
      element.setAttribute('style', slide.style);
      element.dataset.index = String(slide.index);
      element.setAttribute('aria-label', `Слайд ${slide.index + 1}`);
      if (slide.name === undefined) delete element.dataset.name;
      else element.dataset.name = slide.name;
      const template = doc.createElement('template');
      template.innerHTML = slide.html;
      embeds = deferEmbeds(template.content);
      // Media in a slide waiting on standby must not start on its own.
      for (const media of template.content.querySelectorAll<HTMLMediaElement>('[autoplay]')) {
        media.removeAttribute('autoplay');
        media.dataset.autoplay = '';
      }
      content.replaceChildren(template.content);
      number.textContent = `${slide.number} / ${deck.total}`;
      applyState();
      if (active) view.activate();
    },
    activate() {
      active = true;
      applyState();
      for (const media of content.querySelectorAll<HTMLMediaElement>('[data-autoplay]')) {
        void media.play().catch(() => undefined);
      }
      moveEmbeds((pending) => pending.mount());
    },
    deactivate() {
      active = false;
      // Iframes back into their slots: a video stops right after its slide is left.
      moveEmbeds((pending) => pending.unmount());
      applyState();
      for (const media of content.querySelectorAll('video, audio')) {
        (media as HTMLMediaElement).pause();
      }
    },
    clear() {
      cancelEmbeds();
      embeds?.unmount();
      index = -1;
      embeds = undefined;
      content.replaceChildren();
    },
    dispose() {
      cancelEmbeds();
      embeds?.unmount();
      element.remove();
    },
  };
  return view;
}
