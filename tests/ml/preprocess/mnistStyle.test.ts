import { describe, expect, it } from 'vitest';
import {
  centreOfMass,
  inkBounds,
  mnistStyle,
  rgbaToInk,
} from '../../../src/ml/preprocess/index.ts';
import { drawStrokes, extent } from './strokes.ts';

const grid = (pixels: Float32Array) => ({ width: 28, height: 28, data: pixels });

describe('mnistStyle', () => {
  it('turns a vertical bar into a centred "1": 20 px tall, narrow, centre of mass at (14, 14)', () => {
    const image = drawStrokes(240, 20, [
      [
        [120, 40],
        [120, 200],
      ],
    ]);
    const { pixels, hasInk } = mnistStyle(image);
    expect(hasInk).toBe(true);
    const com = centreOfMass(grid(pixels));
    expect(Math.abs((com?.x ?? 0) - 14)).toBeLessThan(0.5);
    expect(Math.abs((com?.y ?? 0) - 14)).toBeLessThan(0.5);
    // The longer side becomes 20 px: rows 4 … 23; the bar stays narrow around column 14.
    const box = extent(pixels);
    expect(box.bottom - box.top + 1).toBe(20);
    expect(box.top).toBe(4);
    expect(box.right - box.left + 1).toBeLessThanOrEqual(4);
    expect(box.left).toBeGreaterThanOrEqual(12);
    expect(box.right).toBeLessThanOrEqual(15);
    // White ink on black: full ink inside the bar, black corners.
    expect(Math.max(...pixels)).toBeCloseTo(1, 2);
    expect(pixels[0]).toBe(0);
    expect(pixels[27 * 28 + 27]).toBe(0);
  });

  it('keeps the aspect ratio: a horizontal bar is 20 px wide and a few px tall', () => {
    const image = drawStrokes(240, 24, [
      [
        [40, 60],
        [180, 60],
      ],
    ]);
    const box = extent(mnistStyle(image).pixels);
    expect(box.right - box.left + 1).toBe(20);
    expect(box.bottom - box.top + 1).toBeGreaterThanOrEqual(2);
    expect(box.bottom - box.top + 1).toBeLessThanOrEqual(5);
  });

  it('centres by the centre of mass, not the bounding box (an "L": heavy bottom-left corner)', () => {
    const image = drawStrokes(240, 18, [
      [
        [60, 30],
        [60, 200],
        [190, 200],
      ],
    ]);
    const { pixels, placement } = mnistStyle(image);
    const com = centreOfMass(grid(pixels));
    expect(Math.abs((com?.x ?? 0) - 14)).toBeLessThan(0.5);
    expect(Math.abs((com?.y ?? 0) - 14)).toBeLessThan(0.5);
    // The bounding box itself is off-centre: its centre lies up and to the right of (14, 14).
    const box = extent(pixels);
    expect((box.left + box.right + 1) / 2).toBeGreaterThan(14.5);
    expect((box.top + box.bottom + 1) / 2).toBeLessThan(13.5);
    expect(placement?.scale).toBeCloseTo(20 / 191, 2);
  });

  it('does not depend on where or how large the digit was drawn', () => {
    const small = drawStrokes(240, 10, [
      [
        [20, 20],
        [20, 100],
        [60, 100],
      ],
    ]);
    const large = drawStrokes(240, 20, [
      [
        [90, 40],
        [90, 200],
        [170, 200],
      ],
    ]);
    const a = mnistStyle(small).pixels;
    const b = mnistStyle(large).pixels;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff += Math.abs(a[i]! - b[i]!);
    expect(diff / a.length).toBeLessThan(0.02);
  });

  it('gives an all-black image and hasInk = false for an empty canvas or faint noise only', () => {
    const empty = mnistStyle({ width: 50, height: 50, data: new Float32Array(2500) });
    expect(empty.hasInk).toBe(false);
    expect(empty.pixels).toHaveLength(784);
    expect(empty.pixels.every((v) => v === 0)).toBe(true);
    const faint = new Float32Array(2500).fill(0.05);
    expect(mnistStyle({ width: 50, height: 50, data: faint }).hasInk).toBe(false);
  });

  it('keeps every value in [0, 1] and preserves the ink mass scaled by the area factor', () => {
    const image = drawStrokes(240, 20, [
      [
        [70, 60],
        [170, 60],
        [110, 200],
      ],
    ]);
    const { pixels, placement } = mnistStyle(image);
    expect(pixels.every((v) => v >= 0 && v <= 1)).toBe(true);
    const s = placement?.scale ?? 0;
    const massIn = Array.from(image.data).reduce((sum, v) => sum + (v > 0.1 ? v : 0), 0);
    const massOut = pixels.reduce((sum, v) => sum + v, 0);
    expect(massOut / (massIn * s * s)).toBeGreaterThan(0.97);
    expect(massOut / (massIn * s * s)).toBeLessThan(1.03);
  });

  it('scales a tiny drawing up to 20 px too', () => {
    const image = drawStrokes(60, 2, [
      [
        [30, 25],
        [30, 35],
      ],
    ]);
    const box = extent(mnistStyle(image).pixels);
    expect(box.bottom - box.top + 1).toBe(20);
  });
});

describe('inkBounds and centreOfMass', () => {
  it('ignores ink at or below the threshold and uses pixel centres', () => {
    const data = new Float32Array(16);
    data[5] = 1; // (1, 1)
    data[10] = 1; // (2, 2)
    data[15] = 0.05; // faint (3, 3)
    const image = { width: 4, height: 4, data };
    expect(inkBounds(image, 0.1)).toEqual({ left: 1, top: 1, right: 3, bottom: 3 });
    expect(inkBounds(image)).toEqual({ left: 1, top: 1, right: 4, bottom: 4 });
    expect(centreOfMass(image, { left: 0, top: 0, right: 3, bottom: 3 })).toEqual({ x: 2, y: 2 });
    expect(centreOfMass({ width: 2, height: 2, data: new Float32Array(4) })).toBeUndefined();
  });
});

describe('rgbaToInk', () => {
  it('reads white-on-black and white-on-transparent canvases as ink in [0, 1]', () => {
    const rgba = Uint8ClampedArray.from([
      0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 0, 255, 255, 255, 128,
    ]);
    const ink = rgbaToInk(rgba, 2, 2);
    expect(Array.from(ink.data, (v) => Math.round(v * 100) / 100)).toEqual([0, 1, 0, 0.5]);
  });
});
