import { describe, expect, it } from 'vitest';
import { loadMathFaces, MATH_FACES } from '../../src/present/mathFonts.ts';

describe('loadMathFaces', () => {
  it('asks for every math face and settles even when one fails to load', async () => {
    const asked: string[] = [];
    await loadMathFaces({
      load: (face: string) => {
        asked.push(face);
        return face.includes('AMS') ? Promise.reject(new Error('offline')) : Promise.resolve([]);
      },
    });
    expect(asked).toEqual([...MATH_FACES]);
    expect(asked).toContain('italic 1em KaTeX_Math');
  });
});
