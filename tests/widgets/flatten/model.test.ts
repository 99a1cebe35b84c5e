import { describe, expect, it } from 'vitest';
import {
  featureValues,
  flatIndex,
  flattenOrder,
  SHAPES,
} from '../../../src/widgets/flatten/model.ts';

const shape = { height: 2, width: 2, channels: 2 };
const triples = (order: 'channels_last' | 'channels_first') =>
  flattenOrder(shape, order).map((e) => [e.h, e.w, e.c]);

describe('flatten order', () => {
  it('Keras channels_last: channels vary fastest, then columns, then rows (NumPy reshape)', () => {
    expect(triples('channels_last')).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 1],
      [1, 1, 0],
      [1, 1, 1],
    ]);
  });

  it('channels_first: one whole channel after another', () => {
    expect(triples('channels_first')).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [1, 1, 0],
      [0, 0, 1],
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 1],
    ]);
  });

  it('maps every element to a distinct index 0 … H·W·C − 1', () => {
    for (const s of SHAPES) {
      for (const order of ['channels_last', 'channels_first'] as const) {
        const indices = flattenOrder(s, order).map((e) => e.index);
        expect(indices).toEqual(
          Array.from({ length: s.height * s.width * s.channels }, (_, i) => i),
        );
      }
    }
  });

  it('places (h=1, w=2, c=0) of a 3×3×3 map at (1·3 + 2)·3 + 0 = 15', () => {
    expect(flatIndex({ height: 3, width: 3, channels: 3 }, 1, 2, 0, 'channels_last')).toBe(15);
    expect(flatIndex({ height: 3, width: 3, channels: 3 }, 1, 2, 0, 'channels_first')).toBe(5);
  });

  it('draws reproducible values', () => {
    expect(featureValues(shape, 7)).toEqual(featureValues(shape, 7));
    expect(
      featureValues(shape, 7)
        .flat()
        .every((v) => v >= 0 && v <= 9),
    ).toBe(true);
  });
});
