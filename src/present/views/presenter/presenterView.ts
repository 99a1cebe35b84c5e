/**
 * The presenter view (`p`, `#pN`): the current slide (live, with its widgets), a still
 * preview of the next slide, the notes of both, and the bar with the slide number, timer,
 * countdown with the pace hint, wall clock and notes font size. Follows the store; handles
 * the timer and notes-font commands.
 */

import type { RenderedSlide, WidgetRef } from '../../../model/index.ts';
import type { MountedWidgets, WidgetHost } from '../../../widgets/host.ts';
import type { DisplayState } from '../../display.ts';
import { createSlideLifecycle } from '../../lifecycle.ts';
import { reportingStorage, type StorageError } from '../../storage.ts';
import type { Store } from '../../store.ts';
import type { Clock } from '../../timer.ts';
import { createSlideView } from '../slide.ts';
import { renderSlide, SLIDE_SIZE, type SlideDomOptions } from '../slideDom.ts';
import { previewStills } from '../slideStills.ts';
import { element, setText } from './dom.ts';
import { fitFrame } from './fitFrame.ts';
import { createNotesPanels } from './notesPanels.ts';
import { createPresenterSettings, type KeyValueStore, storageOf } from './settings.ts';
import { createTimerPanel } from './timerPanel.ts';

export interface PresenterViewOptions {
  readonly store: Store;
  readonly widgets: WidgetHost;
  readonly window: Window;
  /** Epoch milliseconds; default `Date.now`. */
  readonly clock?: Clock;
  /** Where the notes font and lecture length are remembered; default `localStorage`. */
  readonly storage?: KeyValueStore;
  /** Where the running timer is kept across reloads; default `sessionStorage`. */
  readonly sessionStorage?: KeyValueStore;
  /** Blackout and mirror of the audience's screen: shown as badges in the bar. */
  readonly display?: Pick<DisplayState, 'blackout' | 'mirror' | 'on'>;
  /** Loads the math stylesheet (notes may show math even when slides do not). */
  readonly mathStyles?: () => Promise<unknown>;
  /** A setting could not be saved or read (quota, blocked storage): tell the lecturer. */
  readonly onStorageError?: (message: string) => void;
}

export interface PresenterView {
  dispose(): void;
  /** Runs a key command; `true` when this view handled it. */
  command(name: string): boolean;
}

/**
 * The next-slide preview, a still picture: widgets in their still forms, media and embeds as
 * labelled cards (nothing plays, loads or runs), out of the focus order.
 */
const PREVIEW: SlideDomOptions = {
  className: 'presenter-static',
  stills: previewStills,
  access: 'picture',
};

/** The presenter's "prepare the demos" widget (src/widgets/demo-prep/). */
const DEMO_PREP: WidgetRef = Object.freeze({ name: 'demo-prep', id: 'demo-prep', params: {} });

/** A captioned box in which a slide is scaled to fit. */
const stagePanel = (doc: Document, className: string, caption: string) => {
  const section = element(doc, 'section', `presenter-panel ${className}`);
  section.setAttribute('aria-label', caption);
  const heading = element(doc, 'h2', 'presenter-caption', caption);
  const stage = element(doc, 'div', 'presenter-stage');
  const frame = element(doc, 'div', 'slide-frame');
  stage.append(frame);
  section.append(heading, stage);
  return { section, stage, frame };
};

export function createPresenterView(
  parent: HTMLElement,
  options: PresenterViewOptions,
): PresenterView {
  const { store, widgets, window: win } = options;
  const doc = parent.ownerDocument;
  const clock = options.clock ?? (() => Date.now());
  const report = (error: StorageError): void => options.onStorageError?.(error.message);
  const settings = createPresenterSettings(
    store.deck.id,
    reportingStorage(options.storage ?? storageOf(win, 'localStorage'), report),
    reportingStorage(options.sessionStorage ?? storageOf(win, 'sessionStorage'), report),
  );

  const root = element(doc, 'div', 'presenter');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'Режим доповідача');
  const bar = element(doc, 'div', 'presenter-bar');
  const position = element(doc, 'div', 'presenter-position');
  position.title = 'Номер слайда';
  const timer = createTimerPanel(doc, {
    clock,
    settings,
    position: () => ({ index: store.index, count: store.count }),
  });
  const notes = createNotesPanels(doc, {
    settings,
    root,
    ...(options.mathStyles === undefined ? {} : { mathStyles: options.mathStyles }),
  });
  const badges = element(doc, 'div', 'presenter-badges');
  // "Prepare the demos" (data, models, backend) for a deck whose code runs: a widget, mounted
  // through the one door to widgets, sharing the live cells' runtime.
  const prep = element(doc, 'div', 'presenter-prep');
  bar.append(position, timer.timer, timer.schedule, notes.fontControls, badges, prep, timer.clock);
  let prepMounted: MountedWidgets | undefined;
  const mountPrep = (): void => {
    prepMounted?.dispose();
    prepMounted = undefined;
    const runs = store.deck.slides.some((s) => s.widgets.some((w) => w.name === 'live-cell'));
    if (!runs) {
      prep.replaceChildren();
      return;
    }
    const slot = element(doc, 'div', 'presenter-prep-slot');
    slot.dataset.widgetId = DEMO_PREP.id;
    prep.replaceChildren(slot);
    prepMounted = widgets.mount(prep, [DEMO_PREP]);
  };
  mountPrep();
  const showBadges = (flags: { readonly blackout: boolean; readonly mirror: boolean }): void => {
    const shown: HTMLElement[] = [];
    if (flags.blackout) shown.push(element(doc, 'span', 'presenter-badge', 'Екран затемнено (b)'));
    if (flags.mirror) shown.push(element(doc, 'span', 'presenter-badge', 'Віддзеркалено (m)'));
    badges.replaceChildren(...shown);
  };
  if (options.display !== undefined) showBadges(options.display);
  const offDisplay = options.display?.on('change', showBadges);

  const current = stagePanel(doc, 'presenter-current', 'Поточний слайд');
  const next = stagePanel(doc, 'presenter-next', 'Наступний слайд');
  root.append(bar, current.section, next.section, notes.current, notes.next);

  const size = SLIDE_SIZE[store.deck.ratio];
  const fitters = [
    fitFrame(current.frame, current.stage, size),
    fitFrame(next.frame, next.stage, size),
  ];
  const slideView = createSlideView(doc);
  current.frame.append(slideView.element);
  let activated = false;
  const lifecycle = createSlideLifecycle({ window: win });

  const showNext = (slide: RenderedSlide | undefined): void => {
    if (slide === undefined) {
      next.frame.replaceChildren();
      next.stage.dataset.empty = '';
      next.frame.append(element(doc, 'p', 'presenter-end', 'Кінець презентації'));
      return;
    }
    delete next.stage.dataset.empty;
    next.frame.replaceChildren(renderSlide(doc, slide, store.deck, PREVIEW).element);
  };

  const show = (): void => {
    const deck = store.deck;
    const slide = deck.slides[store.index];
    lifecycle.leave();
    widgets.hide();
    if (slide === undefined) return;
    const following = deck.slides[store.index + 1];
    // Notes first: a scrolled notes panel is reset while the layout is still clean.
    notes.show(slide, following);
    current.frame.dataset.ratio = deck.ratio;
    next.frame.dataset.ratio = deck.ratio;
    slideView.render(slide, deck);
    if (!activated) {
      slideView.activate();
      activated = true;
    }
    showNext(following);
    setText(position, `${slide.number} / ${deck.total}`);
    timer.refresh();
    // After the slides are painted: this slide's iframes and widgets mount, then the next
    // slide's widgets may start loading their code (the preview itself never runs them).
    lifecycle.enter({
      shown: () => {
        slideView.mountEmbeds();
        widgets.show(slideView.element, slide.widgets);
        if (following !== undefined && following.widgets.length > 0) {
          widgets.prefetch(following.widgets);
        }
      },
    });
  };

  const offChange = store.on('change', show);
  const offDeck = store.on('deck', ({ deck }) => {
    for (const fitter of fitters) fitter.setSize(SLIDE_SIZE[deck.ratio]);
    mountPrep();
    show();
  });
  parent.append(root);
  show();

  return {
    command(name) {
      switch (name) {
        case 'timer-toggle':
          timer.toggle();
          return true;
        case 'timer-reset':
          timer.reset();
          return true;
        case 'notes-larger':
          notes.resize(1);
          return true;
        case 'notes-smaller':
          notes.resize(-1);
          return true;
        default:
          return false;
      }
    },
    dispose() {
      offChange();
      offDeck();
      offDisplay?.();
      lifecycle.dispose();
      widgets.hide();
      prepMounted?.dispose();
      timer.dispose();
      for (const fitter of fitters) fitter.dispose();
      slideView.deactivate();
      slideView.dispose();
      root.remove();
    },
  };
}
