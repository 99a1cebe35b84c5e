import { describe, expect, it } from 'vitest';
import { fitScale } from '../../src/present/scale.ts';

describe('fitScale', () => {
  it('fits a 4:3 slide by height in a wide window', () => {
    expect(fitScale({ width: 908, height: 681 }, { width: 1920, height: 1080 })).toBeCloseTo(
      1080 / 681,
    );
  });

  it('fits a 16:9 slide by width in a tall window', () => {
    expect(fitScale({ width: 1210, height: 681 }, { width: 605, height: 1000 })).toBeCloseTo(0.5);
  });

  it('never returns zero, negative or infinite factors', () => {
    expect(fitScale({ width: 908, height: 681 }, { width: 0, height: 0 })).toBe(1);
    expect(fitScale({ width: 0, height: 681 }, { width: 800, height: 600 })).toBe(1);
  });
});
