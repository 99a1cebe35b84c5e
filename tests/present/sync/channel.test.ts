// The channel validates received data with a validator it loads only when the first message
// arrives (messages.ts carries valibot, kept off the first slide's path).
import { describe, expect, it } from 'vitest';
import {
  type ChannelLike,
  createSyncChannel,
  type SyncParser,
} from '../../../src/present/sync/channel.ts';
import { parseSyncMessage } from '../../../src/present/sync/messages.ts';

/** A port whose deliveries the test makes (`receive`), synchronously. */
function fakePort() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const port: ChannelLike = {
    postMessage() {},
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    close() {},
  };
  const receive = (data: unknown) => {
    for (const listener of [...listeners]) listener({ data } as MessageEvent);
  };
  return { port, receive };
}

/** A validator load the test resolves or fails, counting how often it was started. */
function controlledParser() {
  let loads = 0;
  let settle: { resolve: (p: SyncParser) => void; reject: (e: Error) => void } | undefined;
  const parser = () => {
    loads += 1;
    return new Promise<SyncParser>((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  return {
    parser,
    loads: () => loads,
    resolve: () => settle?.resolve(parseSyncMessage),
    reject: () => settle?.reject(new Error('chunk missing')),
  };
}

/** A channel on a fake port, with the indices of the `nav` messages it delivers. */
function listeningChannel(parser?: () => Promise<SyncParser>) {
  const { port, receive } = fakePort();
  const channel = createSyncChannel({
    deckId: 'd.md',
    open: () => port,
    ...(parser === undefined ? {} : { parser }),
  });
  const seen: number[] = [];
  channel.on('nav', (m) => seen.push(m.index));
  return { channel, receive, seen };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const nav = (index: number) => ({ ns: 'nav', from: 'other', index });

describe('sync channel: the validator loads with the first message', () => {
  it('loads nothing until a message arrives, then delivers what waited in order', async () => {
    const load = controlledParser();
    const { channel, receive, seen } = listeningChannel(load.parser);
    await flush();
    expect(load.loads()).toBe(0);

    receive(nav(1));
    receive({ ns: 'nav', from: 'other', index: -5 }); // malformed: dropped
    receive(nav(2));
    await flush();
    expect(seen).toEqual([]); // nothing is delivered unvalidated
    expect(load.loads()).toBe(1);

    load.resolve();
    await flush();
    expect(seen).toEqual([1, 2]);
    receive(nav(3)); // once loaded, at once
    expect(seen).toEqual([1, 2, 3]);
    expect(load.loads()).toBe(1);
    channel.dispose();
  });

  it('drops what waited when the validator cannot load, and tries again with the next message', async () => {
    const load = controlledParser();
    const { channel, receive, seen } = listeningChannel(load.parser);
    receive(nav(1));
    load.reject();
    await flush();
    expect(seen).toEqual([]);

    receive(nav(2));
    expect(load.loads()).toBe(2);
    load.resolve();
    await flush();
    expect(seen).toEqual([2]);
    channel.dispose();
  });

  it('delivers nothing after dispose, even when the validator loads later', async () => {
    const load = controlledParser();
    const { channel, receive, seen } = listeningChannel(load.parser);
    receive(nav(1));
    channel.dispose();
    load.resolve();
    await flush();
    expect(seen).toEqual([]);
  });

  it('loads messages.ts by default', async () => {
    const { channel, receive, seen } = listeningChannel();
    receive(nav(4));
    receive({ ns: 'eval', from: 'other' });
    await import('../../../src/present/sync/messages.ts');
    await flush();
    expect(seen).toEqual([4]);
    channel.dispose();
  });
});
