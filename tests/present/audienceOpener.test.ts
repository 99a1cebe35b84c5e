import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_HELLO_TIMEOUT_MS,
  createAudienceOpener,
} from '../../src/present/audienceWindow.ts';

/** A window with hand-driven intervals that records `open` and `focus` calls. */
function fakeWindow() {
  const calls: string[] = [];
  const intervals = new Map<number, () => void>();
  let next = 1;
  const win = {
    location: { href: 'https://deck.example/?p=lecture5.md#4' },
    open: (url: string, target: string, features: string) => {
      calls.push(`open ${url} ${target} ${features}`);
      return null;
    },
    focus: () => calls.push('focus'),
    setInterval: (run: () => void) => {
      const id = next++;
      intervals.set(id, run);
      return id;
    },
    clearInterval: (id: number) => void intervals.delete(id),
  };
  return {
    win: win as unknown as Window,
    calls,
    /** Lets `ms` pass in 250 ms ticks. */
    pass(ms: number) {
      for (let t = 0; t < ms; t += 250) for (const run of [...intervals.values()]) run();
    },
    intervals: () => intervals.size,
  };
}

function setup(isAudience = false) {
  const w = fakeWindow();
  let known = false;
  const blocked: number[] = [];
  const opener = createAudienceOpener({
    window: w.win,
    deckId: 'lecture5.md',
    isAudience,
    audienceKnown: () => known,
    focusKnown: () => w.calls.push('focus-known'),
    onBlocked: () => blocked.push(1),
  });
  return { w, opener, blocked, hello: () => (known = true), bye: () => (known = false) };
}

describe('audience opener', () => {
  it('opens the audience URL with noopener (a process of its own), once', () => {
    const { w, opener } = setup();
    expect(opener.open()).toBe('opened');
    expect(opener.open()).toBe('focused'); // not heard from yet: no second window
    expect(w.calls).toEqual([
      'open https://deck.example/?p=lecture5.md&view=audience#4 live-deck-audience-lecture5_md popup,noopener,width=1024,height=768',
    ]);
  });

  it('reports a blocked window when no audience says hello in time', () => {
    const { w, opener, blocked } = setup();
    opener.open();
    w.pass(AUDIENCE_HELLO_TIMEOUT_MS - 250);
    expect(blocked).toEqual([]);
    w.pass(250);
    expect(blocked).toEqual([1]);
    expect(w.intervals()).toBe(0);
    expect(opener.open()).toBe('opened'); // c tries again
    expect(w.calls.filter((c) => c.startsWith('open'))).toHaveLength(2);
  });

  it('stops waiting once the audience says hello; then c focuses it, and after bye opens anew', () => {
    const { w, opener, blocked, hello, bye } = setup();
    opener.open();
    w.pass(500);
    hello();
    w.pass(AUDIENCE_HELLO_TIMEOUT_MS);
    expect(blocked).toEqual([]);
    expect(w.intervals()).toBe(0);
    expect(opener.open()).toBe('focused');
    expect(w.calls.at(-1)).toBe('focus-known');
    bye();
    expect(opener.open()).toBe('opened');
  });

  it('an audience window never opens another; dispose stops the wait', () => {
    const a = setup(true);
    expect(a.opener.open()).toBe('self');
    expect(a.w.calls).toEqual(['focus']);
    const b = setup();
    b.opener.open();
    b.opener.dispose();
    expect(b.w.intervals()).toBe(0);
    b.w.pass(AUDIENCE_HELLO_TIMEOUT_MS);
    expect(b.blocked).toEqual([]);
  });
});
