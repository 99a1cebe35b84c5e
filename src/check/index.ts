export {
  type CheckItem,
  type CheckOptions,
  type CheckReport,
  checkDeck,
  reportFails,
} from './checkDeck.ts';
export { type FormatOptions, formatReport } from './formatReport.ts';
