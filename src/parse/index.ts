export { type Macro, type ParseOptions, parseDeck } from './parseDeck.ts';
