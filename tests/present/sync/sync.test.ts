// Two (or three) windows of one deck, each with its own channel object, over Node's
// BroadcastChannel (the same API the browser has).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slideIndex } from '../../../src/model/index.ts';
import {
  AUDIENCE_EXPIRY_MS,
  AUDIENCE_HEARTBEAT_MS,
  createSyncController,
} from '../../../src/present/controllers/sync.ts';
import { createDisplayState } from '../../../src/present/display.ts';
import { createStore } from '../../../src/present/store.ts';
import { createSyncChannel } from '../../../src/present/sync/channel.ts';
import type { WindowRole } from '../../../src/present/sync/messages.ts';
import { deckOf } from '../fixtures.ts';

/** Lets queued BroadcastChannel deliveries happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

// The channel loads its validator when the first message arrives: load it once here, so
// that the first test's `settle` is not spent importing valibot.
beforeAll(() => import('../../../src/present/sync/messages.ts'));

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0).reverse()) dispose();
});

const windowOf = (deckId: string, role: WindowRole, start = 0) => {
  const store = createStore(deckOf(20), slideIndex(start));
  const display = createDisplayState();
  const channel = createSyncChannel({ deckId });
  const focused: string[] = [];
  const sync = createSyncController({
    channel,
    store,
    display,
    role,
    onFocusRequest: () => focused.push(role),
  });
  disposers.push(channel.dispose, sync.dispose);
  return { store, display, channel, sync, focused };
};
const freshDeck = () => `deck-${crypto.randomUUID()}.md`;

describe('window sync', () => {
  it('follows moves and display flags in both directions', async () => {
    const id = freshDeck();
    const main = windowOf(id, 'main');
    const audience = windowOf(id, 'audience');
    await settle();
    main.store.goTo(slideIndex(7));
    main.display.toggle('blackout');
    await settle();
    expect(audience.store.index).toBe(7);
    expect(audience.display.blackout).toBe(true);
    audience.store.previous();
    audience.display.toggle('mirror');
    await settle();
    expect(main.store.index).toBe(6);
    expect(main.display.mirror).toBe(true);
  });

  it('a window that opens (or reloads) adopts the current state', async () => {
    const id = freshDeck();
    const main = windowOf(id, 'main', 12);
    main.display.set({ mirror: true });
    const audience = windowOf(id, 'audience', 0);
    await settle();
    expect(audience.store.index).toBe(12);
    expect(audience.display.mirror).toBe(true);
    // The main window "reloads": it disposes, and a new one starts at its own hash (#1).
    main.sync.dispose();
    main.channel.dispose();
    const reloaded = windowOf(id, 'main', 0);
    await settle();
    expect(reloaded.store.index).toBe(12);
    expect(reloaded.sync.hasAudience()).toBe(true);
    reloaded.store.next();
    await settle();
    expect(audience.store.index).toBe(13);
  });

  it('knows when an audience window exists and forgets it when it closes', async () => {
    const id = freshDeck();
    const main = windowOf(id, 'main');
    expect(main.sync.hasAudience()).toBe(false);
    const audience = windowOf(id, 'audience');
    await settle();
    expect(main.sync.hasAudience()).toBe(true);
    main.sync.focusAudience();
    await settle();
    expect(audience.focused).toEqual(['audience']);
    audience.sync.dispose();
    await settle();
    expect(main.sync.hasAudience()).toBe(false);
    main.store.next();
    await settle();
    expect(main.store.index).toBe(1);
  });

  it('forgets an audience window that vanished without its goodbye, keeps a live one', async () => {
    const id = freshDeck();
    let time = 1_000_000;
    const now = () => time;
    const beats: (() => void)[] = [];
    const every = (_ms: number, beat: () => void) => {
      beats.push(beat);
      return () => beats.splice(beats.indexOf(beat), 1);
    };
    const make = (role: WindowRole) => {
      const channel = createSyncChannel({ deckId: id });
      const sync = createSyncController({
        channel,
        store: createStore(deckOf(20), slideIndex(0)),
        display: createDisplayState(),
        role,
        now,
        every,
      });
      disposers.push(channel.dispose, sync.dispose);
      return { channel, sync };
    };
    const main = make('main');
    const live = make('audience');
    const crashed = make('audience');
    await settle();
    expect(main.sync.hasAudience()).toBe(true);
    expect(beats).toHaveLength(2);
    // The second audience window dies: no goodbye, no more heartbeats.
    crashed.channel.dispose();
    beats.splice(1, 1);
    // Any page of the origin claiming to be an audience once, then silent.
    const impostor = createSyncChannel({ deckId: id });
    disposers.push(impostor.dispose);
    impostor.post({ ns: 'hello', role: 'audience' });
    await settle();
    for (let t = 0; t < 5; t++) {
      time += AUDIENCE_HEARTBEAT_MS;
      for (const beat of beats) beat();
      await settle();
    }
    expect(main.sync.hasAudience()).toBe(true); // the live one
    // The live one goes too (its tab killed): after the expiry `c` may open a new window.
    live.channel.dispose();
    beats.length = 0;
    time += AUDIENCE_EXPIRY_MS - 1;
    expect(main.sync.hasAudience()).toBe(true);
    time += 2;
    expect(main.sync.hasAudience()).toBe(false);
  });

  it('only audience windows beat, and their beats stop when they close', () => {
    const beats: string[] = [];
    const stopped: string[] = [];
    for (const role of ['main', 'audience'] as const) {
      const channel = createSyncChannel({ deckId: freshDeck() });
      const sync = createSyncController({
        channel,
        store: createStore(deckOf(3), slideIndex(0)),
        display: createDisplayState(),
        role,
        every: (ms) => {
          beats.push(`${role} ${ms}`);
          return () => stopped.push(role);
        },
      });
      sync.dispose();
      channel.dispose();
    }
    expect(beats).toEqual([`audience ${AUDIENCE_HEARTBEAT_MS}`]);
    expect(stopped).toEqual(['audience']);
  });

  it('never mixes two decks', async () => {
    const a = windowOf(freshDeck(), 'main');
    const b = windowOf(freshDeck(), 'audience');
    await settle();
    a.store.goTo(slideIndex(5));
    await settle();
    expect(b.store.index).toBe(0);
  });

  it('carries widget events by topic, not back to the sender', async () => {
    const id = freshDeck();
    const main = windowOf(id, 'main');
    const audience = windowOf(id, 'audience');
    const seenByAudience: unknown[] = [];
    const seenByMain: unknown[] = [];
    audience.channel.bus.on('live-session', (data) => seenByAudience.push(data));
    audience.channel.bus.on('other', () => seenByAudience.push('wrong topic'));
    main.channel.bus.on('live-session', (data) => seenByMain.push(data));
    main.channel.bus.post('live-session', { cell: 2, output: [1, 2, 3] });
    await settle();
    expect(seenByAudience).toEqual([{ cell: 2, output: [1, 2, 3] }]);
    expect(seenByMain).toEqual([]);
  });
});
