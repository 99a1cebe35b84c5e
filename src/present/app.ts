import type { DeckSummary, RenderedDeck } from '../model/index.ts';
import { indexOfNumber } from '../model/index.ts';
import { createWidgetHost } from '../widgets/host.ts';
import { createAudienceOpener } from './audienceWindow.ts';
import { type Command, type CommandHandlers, dispatchCommand } from './commands.ts';
import { createKeyboardController } from './controllers/keyboard.ts';
import { createLocationController } from './controllers/location.ts';
import { createPointerControllers } from './controllers/pointer.ts';
import { createSyncController } from './controllers/sync.ts';
import { chooseDeck } from './deckChoice.ts';
import { loadFaces, MATH_FACES, startFirstFaces, TEXT_FACES } from './deckFonts.ts';
import { bindDisplayClasses, createDisplayState } from './display.ts';
import { toggleFullscreen } from './fullscreen.ts';
import { parseHash } from './hash.ts';
import { nextTask } from './lifecycle.ts';
import { initialMode, type MainView, type MainViewFactory, type Mode, reviewHref } from './mode.ts';
import { createOverlayHost } from './overlays.ts';
import { deckHasMath, fontsReady, hasMath } from './readiness.ts';
import { installRemarkApi } from './remarkApi.ts';
import { createStore, type Store } from './store.ts';
import { createSyncChannel } from './sync/channel.ts';
import { createAnnouncer, slideAnnouncement } from './views/announcer.ts';
import { createMessageView } from './views/message.ts';
import { createNoticeView, slideNotFoundNotice } from './views/notice.ts';
import { installPrintHook } from './views/print/printHook.ts';
import { readPrintOptions } from './views/print/printOptions.ts';
import { slideshowMainView } from './views/slideshow.ts';

/**
 * The view each mode fills the window with. Views other than the slideshow are loaded when
 * first needed (dynamic import), so the first slide never pays for them.
 */
const MAIN_VIEWS: Readonly<Record<Mode, () => MainViewFactory | Promise<MainViewFactory>>> = {
  slideshow: () => slideshowMainView,
  audience: () => slideshowMainView,
  presenter: () => import('./views/presenter/presenterView.ts').then((m) => m.createPresenterView),
  review: () => import('./views/review/reviewMainView.ts').then((m) => m.reviewMainView),
  print: () => import('./views/print/printMainView.ts').then((m) => m.printMainView),
};

export interface PresentationOptions {
  readonly root: HTMLElement;
  readonly window: Window;
  /** The build's manifest: the only decks that may be opened. */
  readonly decks: readonly DeckSummary[];
  readonly load: (id: string) => Promise<RenderedDeck>;
  /**
   * Loads the math stylesheet (KaTeX CSS). Kept off the first load unless the first slide
   * shows math: it is awaited then, else started once the first slide is ready.
   */
  readonly loadMathStyles?: () => Promise<unknown>;
}

export interface Presentation {
  /** Resolves when the first slide (or the message) is in the DOM and fonts are loaded. */
  readonly ready: Promise<void>;
  /** Replaces the open deck if `deck.id` is the one shown (dev-mode re-render). */
  updateDeck(deck: RenderedDeck): void;
  dispose(): void;
}

export function startPresentation(options: PresentationOptions): Presentation {
  const { root, window: win } = options;
  const disposers: (() => void)[] = [];
  let store: Store | undefined;
  let disposed = false;

  const showMessage = (title: string, text?: string, decks?: readonly DeckSummary[]): void => {
    const view = createMessageView(root, {
      title,
      ...(text === undefined ? {} : { text }),
      ...(decks === undefined ? {} : { decks }),
    });
    disposers.push(view.dispose);
    win.document.title = title;
  };

  /** The first main view's own readiness (review and print lay out the whole deck). */
  let viewReady: Promise<unknown> = Promise.resolve();
  /** Settles with `ready`: code that can wait (e.g. the print view's) loads after it. */
  let markFirstSlideShown = (): void => {};
  const firstSlideShown = new Promise<void>((resolve) => {
    markFirstSlideShown = resolve;
  });

  const present = (deck: RenderedDeck): void => {
    // Start at the slide the URL names, so a deep link renders only that slide.
    const target = parseHash(win.location.hash, deck.slides);
    const s = createStore(deck, target.kind === 'slide' ? target.index : undefined);
    store = s;
    let mode = initialMode(win.location.search, target.kind === 'slide' && target.presenter);
    const audience = mode === 'audience';
    const display = createDisplayState();
    const channel = createSyncChannel({ deckId: deck.id });
    const widgets = createWidgetHost({ bus: channel.bus, role: audience ? 'audience' : 'main' });
    const notice = createNoticeView(root);
    const announcer = createAnnouncer(root);
    const overlays = createOverlayHost(root, s);
    const sync = createSyncController({
      channel,
      store: s,
      display,
      role: audience ? 'audience' : 'main',
      window: win,
      onFocusRequest: () => win.focus(),
    });
    const opener = createAudienceOpener({
      window: win,
      deckId: deck.id,
      isAudience: audience,
      audienceKnown: sync.hasAudience,
      focusKnown: sync.focusAudience,
      onBlocked: () =>
        notice.show('Браузер не дозволив відкрити вікно — дозвольте спливні вікна для сайту'),
    });

    // The mode switch: one main view at a time, swapped in place.
    let view: MainView | undefined;
    let viewRequest = 0;
    const mount = (next: Mode, factory: MainViewFactory): void => {
      view?.dispose();
      mode = next;
      root.dataset.mode = next;
      view = factory(root, {
        store: s,
        widgets,
        display,
        mode: next,
        window: win,
        mathStyles,
        onStorageError: (message) => notice.show(message, 8000),
      });
      location.rewrite();
    };
    const setMode = (next: Mode): void => {
      const request = ++viewRequest;
      const loaded = MAIN_VIEWS[next]();
      // The slideshow is mounted synchronously: the first slide waits for nothing.
      if (!(loaded instanceof Promise)) {
        mount(next, loaded);
        return;
      }
      viewReady = loaded.then(
        (factory) => {
          if (request === viewRequest && !disposed) mount(next, factory);
          return view?.ready;
        },
        (error: unknown) => notice.show(`Не вдалося відкрити режим: ${String(error)}`),
      );
    };

    const handlers: CommandHandlers = {
      next: s.next,
      previous: s.previous,
      first: s.first,
      last: s.last,
      blackout: () => display.toggle('blackout'),
      mirror: () => display.toggle('mirror'),
      fullscreen: () => toggleFullscreen(win.document),
      clone: () => void opener.open(),
      presenter: () => {
        if (!audience) setMode(mode === 'presenter' ? 'slideshow' : 'presenter');
      },
      review: () => win.location.assign(reviewHref(win.location.href, s.index + 1)),
    };
    const dispatch = (name: Command): void => {
      dispatchCommand(name, [overlays, view], handlers);
    };
    const keyboard = createKeyboardController({
      target: win,
      command: dispatch,
      goToNumber: (shown) => {
        const index = indexOfNumber(s.deck.slides, shown);
        if (index !== undefined) s.goTo(index);
      },
    });
    // Swipes, taps and the wheel move slides where one slide fills the window.
    const pointer = createPointerControllers({
      area: root,
      window: win,
      dispatch,
      active: () => mode === 'slideshow' || mode === 'audience',
    });
    const offAnnounce = s.on('change', ({ index }) => {
      const slide = s.deck.slides[index];
      if (slide) announcer.announce(slideAnnouncement(slide.number, s.deck.total));
    });
    const unbindDisplay = bindDisplayClasses(root, display);
    const location = createLocationController({
      window: win,
      navigator: s,
      slides: () => s.deck.slides,
      onMove: (listener) => s.on('change', ({ index }) => listener(index)),
      onUnknown: (label) => notice.show(slideNotFoundNotice(label)),
      presenter: () => mode === 'presenter',
      onPresenter: (on) => {
        if (!audience) setMode(on ? 'presenter' : 'slideshow');
      },
      writesAfter: firstSlideShown,
    });
    setMode(mode);
    // Ctrl+P prints every slide (the print view itself needs no hook).
    const printHook =
      mode === 'print'
        ? undefined
        : installPrintHook(
            win,
            root,
            () => s.deck,
            widgets,
            readPrintOptions(win.location.search),
            firstSlideShown,
          );
    const removeRemarkApi = installRemarkApi(win, s);
    win.document.title = audience ? `${deck.title} — для глядачів` : deck.title;
    // Disposed in reverse: inputs first, the store last.
    disposers.push(
      s.dispose,
      widgets.dispose,
      channel.dispose,
      display.dispose,
      notice.dispose,
      announcer.dispose,
      unbindDisplay,
      () => {
        viewRequest += 1;
        view?.dispose();
      },
      overlays.dispose,
      sync.dispose,
      opener.dispose,
      offAnnounce,
      keyboard.dispose,
      pointer.dispose,
      location.dispose,
      () => printHook?.dispose(),
      removeRemarkApi,
    );
  };

  const open = async (): Promise<void> => {
    startFirstFaces(win.document.fonts);
    const choice = chooseDeck(win.location.search, options.decks);
    switch (choice.kind) {
      case 'empty':
        showMessage('Немає жодної презентації', 'Додайте файл *.md у теку slides/.');
        break;
      case 'list':
        showMessage('Оберіть лекцію', undefined, options.decks);
        break;
      case 'unknown':
        showMessage(
          'Презентацію не знайдено',
          `«${choice.requested}» — не презентація цього сайту. Можна відкрити лише наявні лекції:`,
          options.decks,
        );
        break;
      case 'open': {
        // A view loaded on demand (review, print) is fetched while the deck loads; those two
        // lay out every slide, so they need the math stylesheet too.
        const initial = initialMode(win.location.search, false);
        void MAIN_VIEWS[initial]();
        if (initial === 'review' || initial === 'print') void mathStyles();
        const deck = await options.load(choice.id);
        if (disposed) break;
        present(deck);
        await viewReady;
        const first = store?.deck.slides[store.index];
        if (first && hasMath(first.html)) await mathStyles();
        break;
      }
    }
    await fontsReady(win);
  };

  let mathStylesLoading: Promise<unknown> | undefined;
  const mathStyles = (): Promise<unknown> => {
    mathStylesLoading ??= (options.loadMathStyles?.() ?? Promise.resolve()).catch(() => undefined);
    return mathStylesLoading;
  };

  const ready = open()
    .catch((error: unknown) => {
      showMessage('Не вдалося відкрити презентацію', String(error));
    })
    .finally(() => {
      // In a task of its own: what waits for it (the print code, the hash write) starts after
      // whoever waits for `ready` has seen the first slide.
      nextTask(win, markFirstSlideShown);
      if (disposed) return;
      void mathStyles().then(() => {
        if (disposed || store === undefined) return;
        const faces = deckHasMath(store.deck) ? [...TEXT_FACES, ...MATH_FACES] : TEXT_FACES;
        void loadFaces(win.document.fonts, faces);
      });
    });

  return {
    ready,
    updateDeck(deck) {
      if (store !== undefined && store.deck.id === deck.id) store.replaceDeck(deck);
    },
    dispose() {
      disposed = true;
      for (const dispose of disposers.splice(0).reverse()) dispose();
      store = undefined;
    },
  };
}
