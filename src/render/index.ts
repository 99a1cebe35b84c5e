export type { FigureStandIn } from './plugins/rehypeFigureStandIns.ts';
export { type RenderOptions, renderDeck } from './renderDeck.ts';
