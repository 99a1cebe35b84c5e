export type * from './deck.ts';
export * from './indices.ts';
export type * from './manifest.ts';
export type * from './messages.ts';
export type * from './rendered.ts';
export type * from './widgetContext.ts';
