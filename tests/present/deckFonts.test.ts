import { describe, expect, it } from 'vitest';
import { loadFaces, MATH_FACES, TEXT_FACES } from '../../src/present/deckFonts.ts';

describe('loadFaces', () => {
  it('asks for every face with Latin and Cyrillic text, and settles when one fails', async () => {
    const asked: string[] = [];
    await loadFaces(
      {
        load: (face: string, text?: string) => {
          asked.push(`${face} | ${text}`);
          return face.includes('AMS') ? Promise.reject(new Error('offline')) : Promise.resolve([]);
        },
      },
      [...TEXT_FACES, ...MATH_FACES],
    );
    expect(asked).toHaveLength(TEXT_FACES.length + MATH_FACES.length);
    expect(asked).toContain('italic 1em KaTeX_Math | Aa Яя');
    expect(asked).toContain('1em "Ubuntu Mono" | Aa Яя');
  });
});
