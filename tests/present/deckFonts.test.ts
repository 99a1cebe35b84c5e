import { describe, expect, it } from 'vitest';
import {
  FIRST_FACES,
  loadFaces,
  MATH_FACES,
  startFirstFaces,
  TEXT_FACES,
} from '../../src/present/deckFonts.ts';

describe('loadFaces', () => {
  it('asks for every face with Latin and Cyrillic text, one at a time, past failures', async () => {
    const asked: string[] = [];
    let loading = 0;
    let most = 0;
    await loadFaces(
      {
        load: async (face: string, text?: string) => {
          asked.push(`${face} | ${text}`);
          loading += 1;
          most = Math.max(most, loading);
          await new Promise((r) => setTimeout(r, 1));
          loading -= 1;
          if (face.includes('AMS')) throw new Error('offline');
          return [];
        },
      },
      [...TEXT_FACES, ...MATH_FACES],
    );
    expect(asked).toHaveLength(TEXT_FACES.length + MATH_FACES.length);
    expect(most).toBe(1);
    expect(asked).toContain('italic 1em KaTeX_Math | Aa Яя');
    expect(asked).toContain('1em "Ubuntu Mono" | Aa Яя');
  });
});

describe('startFirstFaces', () => {
  it('starts the regular and bold faces at once, Latin and Cyrillic, and swallows failures', async () => {
    const asked: string[] = [];
    let failed = 0;
    startFirstFaces({
      load: (face: string, text?: string) => {
        asked.push(`${face} | ${text}`);
        failed += 1;
        return Promise.reject(new Error('offline'));
      },
    });
    expect(asked).toEqual(FIRST_FACES.map((face) => `${face} | Aa Яя`));
    expect(asked).toEqual(['1em "Source Sans 3" | Aa Яя', 'bold 1em "Source Sans 3" | Aa Яя']);
    await new Promise((r) => setTimeout(r, 0)); // no unhandled rejection
    expect(failed).toBe(2);
  });
});
