export { type RenderOptions, renderDeck } from './renderDeck.ts';
