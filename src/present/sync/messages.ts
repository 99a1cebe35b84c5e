import * as v from 'valibot';

/**
 * The messages the deck's windows (main/presenter and audience) exchange over one
 * BroadcastChannel per deck, as one valibot schema (the types are derived from it). Every
 * message names its namespace (`ns`) and its sender (`from`, a random id per window);
 * anything else is dropped by `parseSyncMessage`, and unknown fields are stripped.
 * channel.ts imports this module only when the first message arrives (it carries valibot).
 */

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** 0-based slide index. */
const Index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99_999));
const Role = v.picklist(['main', 'audience']);

export const SyncMessageSchema = v.variant('ns', [
  /** The sender moved to this slide. */
  v.object({ ns: v.literal('nav'), from: Id, index: Index }),
  /** The sender's display flags changed. */
  v.object({ ns: v.literal('display'), from: Id, blackout: v.boolean(), mirror: v.boolean() }),
  /** A widget event (see WidgetBus in src/model/widgetContext.ts); the widget checks `data`. */
  v.object({
    ns: v.literal('widget'),
    from: Id,
    topic: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    data: v.optional(v.unknown()),
  }),
  /** A window (re)opened: it asks the others for the current state. */
  v.object({ ns: v.literal('hello'), from: Id, role: Role }),
  /** The answer to `hello`, addressed to its sender. */
  v.object({
    ns: v.literal('state'),
    from: Id,
    to: Id,
    role: Role,
    index: Index,
    blackout: v.boolean(),
    mirror: v.boolean(),
  }),
  /** The sender's window is closing. */
  v.object({ ns: v.literal('bye'), from: Id, role: Role }),
  /** The sender is still open (audience windows say so every few seconds). */
  v.object({ ns: v.literal('alive'), from: Id, role: Role }),
  /** Asks the audience window to come to the front (`c` pressed where it cannot be reached). */
  v.object({ ns: v.literal('focus'), from: Id }),
]);

export type SyncMessage = v.InferOutput<typeof SyncMessageSchema>;
export type SyncNamespace = SyncMessage['ns'];
export type WindowRole = v.InferOutput<typeof Role>;
/** What a `state` answer carries besides its envelope. */
export type SyncState = Pick<
  Extract<SyncMessage, { ns: 'state' }>,
  'index' | 'blackout' | 'mirror'
>;

/** Validates data received from the channel; returns undefined for anything malformed. */
export function parseSyncMessage(data: unknown): SyncMessage | undefined {
  const result = v.safeParse(SyncMessageSchema, data);
  return result.success ? result.output : undefined;
}
