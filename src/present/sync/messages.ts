/**
 * The messages the deck's windows (main/presenter and audience) exchange over one
 * BroadcastChannel per deck. Every message names its namespace (`ns`) and its sender
 * (`from`, a random id per window); anything else is dropped by `parseSyncMessage`.
 */
export type WindowRole = 'main' | 'audience';

export interface SyncState {
  /** 0-based slide index. */
  readonly index: number;
  readonly blackout: boolean;
  readonly mirror: boolean;
}

export type SyncMessage =
  /** The sender moved to this slide. */
  | { readonly ns: 'nav'; readonly from: string; readonly index: number }
  /** The sender's display flags changed. */
  | {
      readonly ns: 'display';
      readonly from: string;
      readonly blackout: boolean;
      readonly mirror: boolean;
    }
  /** A widget event (see WidgetBus in src/model/widgetContext.ts). */
  | { readonly ns: 'widget'; readonly from: string; readonly topic: string; readonly data: unknown }
  /** A window (re)opened: it asks the others for the current state. */
  | { readonly ns: 'hello'; readonly from: string; readonly role: WindowRole }
  /** The answer to `hello`, addressed to its sender. */
  | ({
      readonly ns: 'state';
      readonly from: string;
      readonly to: string;
      readonly role: WindowRole;
    } & SyncState)
  /** The sender's window is closing. */
  | { readonly ns: 'bye'; readonly from: string; readonly role: WindowRole }
  /** The sender is still open (audience windows say so every few seconds). */
  | { readonly ns: 'alive'; readonly from: string; readonly role: WindowRole }
  /** Asks the audience window to come to the front (`c` pressed where it cannot be reached). */
  | { readonly ns: 'focus'; readonly from: string };

export type SyncNamespace = SyncMessage['ns'];

/** The channel's name: one per deck, so two decks open side by side never mix. */
export const channelName = (deckId: string): string => `live-deck:${deckId}`;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64;
const isIndex = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
const isRole = (value: unknown): value is WindowRole => value === 'main' || value === 'audience';
const isBool = (value: unknown): value is boolean => typeof value === 'boolean';

/** Validates data received from the channel; returns undefined for anything malformed. */
export function parseSyncMessage(data: unknown): SyncMessage | undefined {
  if (!isObject(data) || !isId(data.from)) return undefined;
  const from = data.from;
  switch (data.ns) {
    case 'nav':
      return isIndex(data.index) ? { ns: 'nav', from, index: data.index } : undefined;
    case 'display':
      return isBool(data.blackout) && isBool(data.mirror)
        ? { ns: 'display', from, blackout: data.blackout, mirror: data.mirror }
        : undefined;
    case 'widget':
      return typeof data.topic === 'string' && data.topic.length > 0 && data.topic.length <= 200
        ? { ns: 'widget', from, topic: data.topic, data: data.data }
        : undefined;
    case 'hello':
    case 'bye':
    case 'alive':
      return isRole(data.role) ? { ns: data.ns, from, role: data.role } : undefined;
    case 'state':
      return isId(data.to) &&
        isRole(data.role) &&
        isIndex(data.index) &&
        isBool(data.blackout) &&
        isBool(data.mirror)
        ? {
            ns: 'state',
            from,
            to: data.to,
            role: data.role,
            index: data.index,
            blackout: data.blackout,
            mirror: data.mirror,
          }
        : undefined;
    case 'focus':
      return { ns: 'focus', from };
    default:
      return undefined;
  }
}
