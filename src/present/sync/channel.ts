import type { WidgetBus } from '../../model/index.ts';
import type { SyncMessage, SyncNamespace } from './messages.ts';

/** The channel's name: one per deck, so two decks open side by side never mix. */
export const channelName = (deckId: string): string => `live-deck:${deckId}`;

/** Validates received data: a message, or undefined for anything malformed. */
export type SyncParser = (data: unknown) => SyncMessage | undefined;

/**
 * The validator (messages.ts, with valibot) is a chunk of its own, loaded when the first
 * message arrives: a deck shown in one window never needs it, and it stays off the first
 * slide's path (valibot in the entry chunk also made every later chunk that imports from it
 * depend on the entry's stylesheet).
 */
const loadParser = (): Promise<SyncParser> =>
  import('./messages.ts').then(({ parseSyncMessage }) => parseSyncMessage);

/** A message as posted: the channel adds the sender id. */
export type OutgoingMessage = SyncMessage extends infer M
  ? M extends SyncMessage
    ? Omit<M, 'from'>
    : never
  : never;

type MessageOf<N extends SyncNamespace> = Extract<SyncMessage, { ns: N }>;

/** The part of BroadcastChannel the sync uses (tests pass Node's own BroadcastChannel). */
export interface ChannelLike {
  postMessage(data: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface SyncChannel {
  /** This window's sender id. */
  readonly id: string;
  post(message: OutgoingMessage): void;
  on<N extends SyncNamespace>(ns: N, listener: (message: MessageOf<N>) => void): () => void;
  /** Widget events over the same channel (`ns: 'widget'`). */
  readonly bus: WidgetBus;
  dispose(): void;
}

export interface SyncChannelOptions {
  readonly deckId: string;
  /** Opens the channel; defaults to `new BroadcastChannel(name)` when the browser has it. */
  readonly open?: (name: string) => ChannelLike | undefined;
  readonly id?: string;
  /** Loads the validator of received messages (messages.ts by default). */
  readonly parser?: () => Promise<SyncParser>;
}

const defaultOpen = (name: string): ChannelLike | undefined =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;

const randomId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `w${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

/**
 * The one typed channel between a deck's windows. Received data is validated and messages a
 * window posted never come back to it (BroadcastChannel does not echo to its own object).
 * Messages that arrive while the validator loads wait for it and are delivered in order; if
 * it cannot load (offline, chunk missing), they are dropped and the next message tries again.
 */
export function createSyncChannel(options: SyncChannelOptions): SyncChannel {
  const id = options.id ?? randomId();
  const port = (options.open ?? defaultOpen)(channelName(options.deckId));
  const listeners = new Map<SyncNamespace, Set<(message: SyncMessage) => void>>();
  const topics = new Map<string, Set<(data: unknown) => void>>();

  let parse: SyncParser | undefined;
  /** Data received before the validator loaded, oldest first (undefined: none waiting). */
  let waiting: unknown[] | undefined;
  let closed = false;

  const deliver = (validate: SyncParser, data: unknown): void => {
    const message = validate(data);
    if (message === undefined || message.from === id) return;
    for (const listener of [...(listeners.get(message.ns) ?? [])]) listener(message);
  };
  const loadThenDeliver = (): void => {
    (options.parser ?? loadParser)().then(
      (loaded) => {
        parse = loaded;
        const due = waiting ?? [];
        waiting = undefined;
        if (!closed) for (const data of due) deliver(loaded, data);
      },
      () => {
        waiting = undefined;
      },
    );
  };
  const onMessage = (event: MessageEvent): void => {
    if (parse !== undefined) {
      deliver(parse, event.data);
      return;
    }
    if (waiting === undefined) {
      waiting = [event.data];
      loadThenDeliver();
    } else waiting.push(event.data);
  };
  port?.addEventListener('message', onMessage);

  const on = <N extends SyncNamespace>(
    ns: N,
    listener: (message: MessageOf<N>) => void,
  ): (() => void) => {
    let set = listeners.get(ns);
    if (set === undefined) {
      set = new Set();
      listeners.set(ns, set);
    }
    // Listeners are stored per namespace, so each only ever receives its own kind.
    const stored = listener as (message: SyncMessage) => void;
    set.add(stored);
    return () => {
      set.delete(stored);
    };
  };

  const post = (message: OutgoingMessage): void => {
    if (!closed) port?.postMessage({ ...message, from: id });
  };

  const offWidget = on('widget', ({ topic, data }) => {
    for (const listener of [...(topics.get(topic) ?? [])]) listener(data);
  });

  const bus: WidgetBus = {
    post(topic, data) {
      post({ ns: 'widget', topic, data });
    },
    on(topic, listener) {
      let set = topics.get(topic);
      if (set === undefined) {
        set = new Set();
        topics.set(topic, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };

  return {
    id,
    post,
    on,
    bus,
    dispose() {
      if (closed) return;
      closed = true;
      waiting = undefined;
      offWidget();
      listeners.clear();
      topics.clear();
      port?.removeEventListener('message', onMessage);
      port?.close();
    },
  };
}
