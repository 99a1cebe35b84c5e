import type { GrayImage } from './grayImage.ts';
import { centreOfMass, inkBounds } from './moments.ts';
import { type Placement, resampleInto } from './resample.ts';

export interface MnistStyleOptions {
  /** Output side (MNIST: 28). */
  readonly size?: number;
  /** The longer side of the ink after scaling (MNIST: 20). */
  readonly box?: number;
  /** Pixels at or below this ink level do not count for the bounding box (anti-aliasing fringe). */
  readonly threshold?: number;
}

export interface MnistStyleResult {
  /** `size × size` floats in [0, 1], white (1) ink on black (0), row-major. */
  readonly pixels: Float32Array;
  /** False when the drawing held no ink (pixels all 0). */
  readonly hasInk: boolean;
  /** How the ink was placed (for display and tests); undefined without ink. */
  readonly placement: Placement | undefined;
}

const DEFAULTS = Object.freeze({ size: 28, box: 20, threshold: 0.1 });

/**
 * MNIST's own preprocessing applied to a drawing: crop to the ink's bounding box, scale it
 * (keeping the aspect ratio) so the longer side is 20 px, and place it in a 28×28 field so
 * that its centre of mass sits at the centre (14, 14). Pure: numbers in, numbers out.
 */
export function mnistStyle(image: GrayImage, options: MnistStyleOptions = {}): MnistStyleResult {
  const size = options.size ?? DEFAULTS.size;
  const target = options.box ?? DEFAULTS.box;
  const box = inkBounds(image, options.threshold ?? DEFAULTS.threshold);
  const com = box === undefined ? undefined : centreOfMass(image, box);
  if (box === undefined || com === undefined) {
    return { pixels: new Float32Array(size * size), hasInk: false, placement: undefined };
  }
  const scale = target / Math.max(box.right - box.left, box.bottom - box.top);
  const centre = size / 2;
  const placement: Placement = {
    box,
    scale,
    offsetX: centre - scale * (com.x - box.left),
    offsetY: centre - scale * (com.y - box.top),
  };
  return { pixels: resampleInto(image, placement, size), hasInk: true, placement };
}
