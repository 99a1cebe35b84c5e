// Types of the virtual modules produced by deckPlugin.ts.
declare module 'virtual:deck-manifest' {
  import type { DeckSummary, RenderedDeck } from '../model/index.ts';
  export const decks: readonly DeckSummary[];
  export const loaders: Readonly<Record<string, () => Promise<{ readonly default: RenderedDeck }>>>;
}

declare module 'virtual:deck/*' {
  import type { RenderedDeck } from '../model/index.ts';

  const deck: RenderedDeck;
  export default deck;
}

declare module 'virtual:hljs-themes.css' {}

/**
 * Set by vite.config.ts: whether `npm run data:mnist` has built the full MNIST asset
 * (public/data/mnist-full.*) that the app then prefers over the embedded default.
 */
declare const __MNIST_FULL__: boolean;
