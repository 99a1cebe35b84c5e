import { mulberry32 } from '../../ml/data/random.ts';

export type FlattenOrder = 'channels_last' | 'channels_first';

export interface Shape3d {
  readonly height: number;
  readonly width: number;
  readonly channels: number;
}

export interface FlatEntry {
  readonly h: number;
  readonly w: number;
  readonly c: number;
  /** Position in the flat vector. */
  readonly index: number;
}

/**
 * Position of element (h, w, c) in the flattened vector: Keras `Flatten` on channels-last
 * data gives (h·W + w)·C + c (channels vary fastest); channels-first gives (c·H + h)·W + w.
 */
export function flatIndex(
  shape: Shape3d,
  h: number,
  w: number,
  c: number,
  order: FlattenOrder,
): number {
  return order === 'channels_last'
    ? (h * shape.width + w) * shape.channels + c
    : (c * shape.height + h) * shape.width + w;
}

/** All elements in vector order (the order the animation visits them). */
export function flattenOrder(shape: Shape3d, order: FlattenOrder): FlatEntry[] {
  const entries: FlatEntry[] = [];
  for (let h = 0; h < shape.height; h++) {
    for (let w = 0; w < shape.width; w++) {
      for (let c = 0; c < shape.channels; c++) {
        entries.push({ h, w, c, index: flatIndex(shape, h, w, c, order) });
      }
    }
  }
  return entries.sort((a, b) => a.index - b.index);
}

/** Seeded small integer values for a feature map, indexed [c][h·W + w]. */
export function featureValues(shape: Shape3d, seed: number): number[][] {
  const random = mulberry32(seed);
  return Array.from({ length: shape.channels }, () =>
    Array.from({ length: shape.height * shape.width }, () => Math.floor(random() * 10)),
  );
}

export const SHAPES: readonly Shape3d[] = Object.freeze([
  { height: 3, width: 3, channels: 3 },
  { height: 2, width: 2, channels: 3 },
  { height: 4, width: 4, channels: 2 },
  { height: 3, width: 3, channels: 4 },
]);
