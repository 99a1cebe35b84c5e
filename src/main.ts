// The browser entry: styles, the build's deck manifest, and the presentation.
import 'virtual:hljs-themes.css';
import './theme/index.css';
import { decks, loaders } from 'virtual:deck-manifest';
import type { RenderedDeck } from './model/index.ts';
import { startPresentation } from './present/app.ts';
import { registerServiceWorker } from './sw/register.ts';

declare global {
  interface Window {
    /** Resolves when the first slide is in the DOM and fonts are loaded (tests, benchmarks). */
    __deckReady?: Promise<void>;
  }
}

function main(): void {
  const root = document.getElementById('app');
  if (root === null) return;
  const presentation = startPresentation({
    root,
    window,
    decks,
    load: async (id) => {
      const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
      if (loader === undefined) throw new Error(`unknown deck ${id}`);
      const deck = (await loader()).default;
      performance.mark('deck:loaded');
      return deck;
    },
    // A separate stylesheet, off the first slide's critical path (see startPresentation).
    loadMathStyles: () => import('katex/dist/katex.min.css'),
  });
  window.__deckReady = presentation.ready.then(() => {
    performance.mark('deck:ready');
  });
  if (import.meta.env.PROD) {
    // Offline use: registered only once the first slide is ready (never in `npm start`).
    const base = import.meta.env.BASE_URL;
    registerServiceWorker({ window, url: `${base}sw.js`, scope: base, after: window.__deckReady });
  }
  if (import.meta.hot) {
    import.meta.hot.on('deck:update', (deck: RenderedDeck) => presentation.updateDeck(deck));
    import.meta.hot.dispose(() => presentation.dispose());
  }
}

main();
