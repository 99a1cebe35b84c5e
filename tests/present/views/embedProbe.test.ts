import { describe, expect, it } from 'vitest';
import { probeInWorker, probeUrlOf } from '../../../src/present/views/embedProbe.ts';

const BASE = 'http://127.0.0.1:5173/?p=lecture5.md';

describe('probeUrlOf', () => {
  it.each([
    ['https://www.youtube.com/embed/IOHayh06LJ4?start=0', 'https://www.youtube.com/generate_204'],
    [
      '//www.youtube-nocookie.com/embed/OGxVfKJqX5E',
      'https://www.youtube-nocookie.com/generate_204',
    ],
    ['http://youtu.be/OGxVfKJqX5E', 'https://youtu.be/generate_204'],
  ])('%s → %s', (src, url) => {
    expect(probeUrlOf(src, BASE)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'http://[bad'])(
    'asks nothing for %s',
    (src) => {
      expect(probeUrlOf(src, BASE)).toBeUndefined();
    },
  );
});

/** A Worker that answers each message with `reply` (or fails), recording what happened. */
class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null = null;
  readonly sent: unknown[] = [];
  terminated = false;
  constructor(private readonly reply: unknown | 'crash' | 'silent') {}
  postMessage(message: unknown): void {
    this.sent.push(message);
    queueMicrotask(() => {
      if (this.terminated || this.reply === 'silent') return;
      if (this.reply === 'crash') this.onerror?.({} as ErrorEvent);
      else this.onmessage?.({ data: this.reply } as MessageEvent<unknown>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const probeWith = (worker: FakeWorker) =>
  // A structural fake of the few Worker members the probe uses.
  probeInWorker(() => worker as unknown as Worker);

describe('probeInWorker', () => {
  it('sends the URL and answers what the Worker found, then ends the Worker', async () => {
    for (const reply of [true, false]) {
      const worker = new FakeWorker(reply);
      expect(await probeWith(worker)('https://www.youtube.com/generate_204').answer).toBe(reply);
      expect(worker.sent).toEqual(['https://www.youtube.com/generate_204']);
      expect(worker.terminated).toBe(true);
    }
  });

  it('answers "reached" when it cannot tell (no Worker, a failing Worker, a strange reply)', async () => {
    const noWorker = probeInWorker(() => {
      throw new Error('Worker is not defined');
    });
    expect(await noWorker('https://www.youtube.com/generate_204').answer).toBe(true);
    expect(await probeWith(new FakeWorker('crash'))('https://x.test/').answer).toBe(true);
    expect(await probeWith(new FakeWorker('malformed'))('https://x.test/').answer).toBe(true);
  });

  it('cancel ends the Worker', () => {
    const worker = new FakeWorker('silent');
    probeWith(worker)('https://x.test/').cancel();
    expect(worker.terminated).toBe(true);
  });
});
