import { describe, expect, it } from 'vitest';
import { digitToRgba, pixelRange } from '../../../src/widgets/shared/digitImage.ts';

describe('digitToRgba', () => {
  it('maps bytes 0–255 to grey levels, white ink on black, opaque', () => {
    const rgba = digitToRgba(Uint8Array.from([0, 128, 255]), 255);
    expect(Array.from(rgba)).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
  });

  it('maps floats in [0, 1] to 0–255 and clamps values outside', () => {
    const rgba = digitToRgba([0, 0.5, 1, 1.7, -0.2], 1);
    expect(Array.from(rgba.filter((_, i) => i % 4 === 0))).toEqual([0, 128, 255, 255, 0]);
  });
});

describe('pixelRange', () => {
  it('reads bytes as 0–255 and anything else as 0–1 unless told', () => {
    expect(pixelRange(new Uint8Array(4))).toBe(255);
    expect(pixelRange(new Uint8ClampedArray(4))).toBe(255);
    expect(pixelRange(new Float32Array(4))).toBe(1);
    expect(pixelRange([0, 255])).toBe(1);
    expect(pixelRange([0, 255], 255)).toBe(255);
  });
});
