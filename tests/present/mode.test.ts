import { describe, expect, it } from 'vitest';
import { audienceTarget, audienceUrl } from '../../src/present/audienceWindow.ts';
import { createDisplayState } from '../../src/present/display.ts';
import { initialMode, reviewHref } from '../../src/present/mode.ts';
import { gridMove } from '../../src/present/views/overlays/overview.ts';

describe('modes and their URLs', () => {
  it('starts in the mode the URL asks for', () => {
    expect(initialMode('?p=lecture5.md', false)).toBe('slideshow');
    expect(initialMode('?p=lecture5.md', true)).toBe('presenter');
    expect(initialMode('?p=lecture5.md&view=audience', true)).toBe('audience');
  });

  it('marks the audience window URL, keeping the deck and the slide', () => {
    const url = new URL(audienceUrl('http://h/?p=lecture5.md&mode=review#p12'));
    expect(url.searchParams.get('p')).toBe('lecture5.md');
    expect(url.searchParams.get('view')).toBe('audience');
    expect(url.searchParams.has('mode')).toBe(false);
    expect(url.hash).toBe('#p12');
  });

  it('names one audience window per deck (a safe window name)', () => {
    expect(audienceTarget('lecture5.md')).toBe('live-deck-audience-lecture5_md');
    expect(audienceTarget('intro.md')).not.toBe(audienceTarget('lecture5.md'));
  });

  it('links review mode at the current slide', () => {
    expect(reviewHref('http://h/?p=lecture5.md&view=audience#p7', 7)).toBe(
      'http://h/?p=lecture5.md&mode=review#7',
    );
  });
});

describe('display state', () => {
  it('toggles, sets, and reports only real changes', () => {
    const display = createDisplayState();
    const seen: string[] = [];
    display.on('change', (f) => seen.push(`${f.blackout}/${f.mirror}`));
    display.toggle('blackout');
    display.set({ blackout: true });
    display.set({ mirror: true });
    display.toggle('blackout');
    expect(seen).toEqual(['true/false', 'true/true', 'false/true']);
  });
});

describe('overview grid keys', () => {
  it('moves by one, by a row, and clamps at the ends', () => {
    expect(gridMove('ArrowRight', 3, 79, 4)).toBe(4);
    expect(gridMove('ArrowDown', 3, 79, 4)).toBe(7);
    expect(gridMove('ArrowUp', 1, 79, 4)).toBe(0);
    expect(gridMove('End', 0, 79, 4)).toBe(78);
    expect(gridMove('ArrowRight', 78, 79, 4)).toBe(78);
    expect(gridMove('x', 3, 79, 4)).toBeUndefined();
  });
});
