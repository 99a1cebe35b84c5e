import type { Box, GrayImage } from './grayImage.ts';

/** The smallest box holding every pixel above `threshold`; `undefined` when there is none. */
export function inkBounds(image: GrayImage, threshold = 0): Box | undefined {
  let left = image.width;
  let top = image.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if ((image.data[y * image.width + x] ?? 0) <= threshold) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  if (right < 0) return undefined;
  return { left, top, right: right + 1, bottom: bottom + 1 };
}

/**
 * Centre of mass of the ink inside `box` (default the whole image), in continuous image
 * coordinates: pixel (x, y) covers [x, x+1) × [y, y+1), so its centre is (x + ½, y + ½) and
 * the centre of a 28×28 image is (14, 14). `undefined` when the box holds no ink.
 */
export function centreOfMass(
  image: GrayImage,
  box: Box = { left: 0, top: 0, right: image.width, bottom: image.height },
): { readonly x: number; readonly y: number } | undefined {
  let mass = 0;
  let sx = 0;
  let sy = 0;
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const v = image.data[y * image.width + x] ?? 0;
      if (v <= 0) continue;
      mass += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  if (mass <= 0) return undefined;
  return { x: sx / mass, y: sy / mass };
}
