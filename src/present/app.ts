import type { DeckSummary, RenderedDeck } from '../model/index.ts';
import { createWidgetHost } from '../widgets/host.ts';
import { createKeyboardController } from './controllers/keyboard.ts';
import { createLocationController } from './controllers/location.ts';
import { chooseDeck } from './deckChoice.ts';
import { parseHash } from './hash.ts';
import { createStore, type Store } from './store.ts';
import { createMessageView } from './views/message.ts';
import { createNoticeView } from './views/notice.ts';
import { createSlideshowView } from './views/slideshow.ts';

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

/** Rendered KaTeX output carries this class. */
const HAS_MATH = /class="katex/;

export interface Presentation {
  /** Resolves when the first slide (or the message) is in the DOM and fonts are loaded. */
  readonly ready: Promise<void>;
  /** Replaces the open deck if `deck.id` is the one shown (dev-mode re-render). */
  updateDeck(deck: RenderedDeck): void;
  dispose(): void;
}

/**
 * The shown content is laid out (which requests the fonts it uses) and those fonts are
 * loaded. Layout is forced here rather than waiting for a frame: readiness is about content
 * and fonts, not about when the compositor draws its first frame.
 */
const fontsReady = async (win: Window): Promise<void> => {
  void win.document.body.offsetHeight;
  await win.document.fonts.ready;
};

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

  const present = (deck: RenderedDeck): void => {
    // Start at the slide the URL names, so a deep link renders only that slide.
    const target = parseHash(win.location.hash, deck.slides);
    const s = createStore(deck, target.kind === 'slide' ? target.index : undefined);
    store = s;
    const widgets = createWidgetHost();
    const notice = createNoticeView(root);
    const slideshow = createSlideshowView(root, s, widgets);
    const keyboard = createKeyboardController(win, s);
    const location = createLocationController(win, {
      navigator: s,
      slides: () => s.deck.slides,
      onMove: (listener) => s.on('change', ({ index }) => listener(index)),
      onUnknown: (label) => notice.show(`Слайд «${label}» не знайдено — показано перший слайд`),
    });
    location.start();
    win.document.title = deck.title;
    // Disposed in reverse: inputs first, the store last.
    disposers.push(
      s.dispose,
      widgets.dispose,
      notice.dispose,
      slideshow.dispose,
      keyboard.dispose,
      location.dispose,
    );
  };

  const open = async (): Promise<void> => {
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
        const deck = await options.load(choice.id);
        if (disposed) break;
        present(deck);
        const first = store?.deck.slides[store.index];
        if (first && HAS_MATH.test(first.html)) await mathStyles();
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
      if (!disposed) void mathStyles();
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
