import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_HELLO_TIMEOUT_MS,
  createAudienceOpener,
} from '../../src/present/audienceWindow.ts';

/** A window with hand-driven timers that records `open` and `focus` calls. */
function fakeWindow() {
  const calls: string[] = [];
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let next = 1;
  const win = {
    location: { href: 'https://deck.example/?p=lecture5.md#4' },
    open: (url: string, target: string, features: string) => {
      calls.push(`open ${url} ${target} ${features}`);
      return null;
    },
    focus: () => calls.push('focus'),
    setTimeout: (run: () => void, ms: number) => {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id: number | undefined) => void timers.delete(id ?? -1),
  };
  return {
    win: win as unknown as Window,
    calls,
    /** Lets `ms` pass, running the timers that fall due. */
    pass(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.run();
      }
    },
    timersLeft: () => timers.size,
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
    w.pass(AUDIENCE_HELLO_TIMEOUT_MS - 1);
    expect(blocked).toEqual([]);
    w.pass(1);
    expect(blocked).toEqual([1]);
    expect(w.timersLeft()).toBe(0);
    expect(opener.open()).toBe('opened'); // c tries again
    expect(w.calls.filter((c) => c.startsWith('open'))).toHaveLength(2);
  });

  it('reports nothing once the audience said hello; then c focuses it, and after bye opens anew', () => {
    const { w, opener, blocked, hello, bye } = setup();
    opener.open();
    w.pass(500);
    hello();
    w.pass(AUDIENCE_HELLO_TIMEOUT_MS);
    expect(blocked).toEqual([]);
    expect(w.timersLeft()).toBe(0);
    expect(opener.open()).toBe('focused');
    expect(w.calls.at(-1)).toBe('focus-known');
    bye();
    expect(opener.open()).toBe('opened');
  });

  it('after a hello, c opens anew once that window has gone, even within the wait', () => {
    const { w, opener, blocked, hello, bye } = setup();
    opener.open();
    w.pass(300);
    hello();
    expect(opener.open()).toBe('focused'); // known: focus, stop waiting
    bye();
    expect(opener.open()).toBe('opened');
    w.pass(AUDIENCE_HELLO_TIMEOUT_MS);
    expect(blocked).toEqual([1]); // the second window never said hello
  });

  it('an audience window never opens another; dispose stops the wait', () => {
    const a = setup(true);
    expect(a.opener.open()).toBe('self');
    expect(a.w.calls).toEqual(['focus']);
    const b = setup();
    b.opener.open();
    b.opener.dispose();
    expect(b.w.timersLeft()).toBe(0);
    b.w.pass(AUDIENCE_HELLO_TIMEOUT_MS);
    expect(b.blocked).toEqual([]);
  });
});
