import type { Box, GrayImage } from './grayImage.ts';

/**
 * Where a source box lands in the target: target = offset + scale · (source − box corner),
 * in continuous coordinates (both axes scaled alike).
 */
export interface Placement {
  readonly box: Box;
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * Overlap weights of target cells [t, t+1) with source cells of a span of `length` source
 * pixels mapped by `offset + scale · s`: `weights[t]` lists [source index, overlap length in
 * source pixels]. Sum over a fully covered target cell = 1 / scale.
 */
function axisWeights(
  length: number,
  targetLength: number,
  scale: number,
  offset: number,
): [number, number][][] {
  const weights: [number, number][][] = [];
  for (let t = 0; t < targetLength; t++) {
    const from = (t - offset) / scale;
    const to = (t + 1 - offset) / scale;
    const row: [number, number][] = [];
    const first = Math.max(0, Math.floor(from));
    const last = Math.min(length - 1, Math.ceil(to) - 1);
    for (let s = first; s <= last; s++) {
      const overlap = Math.min(to, s + 1) - Math.max(from, s);
      if (overlap > 0) row.push([s, overlap]);
    }
    weights.push(row);
  }
  return weights;
}

/**
 * Area-averaging resampling of `image`'s `placement.box` into a `size`×`size` image (each
 * target pixel is the mean of the source area it covers, separably: rows, then columns).
 * Downscaling anti-aliases like a camera would; ink outside the target is cut off.
 */
export function resampleInto(image: GrayImage, placement: Placement, size: number): Float32Array {
  const { box, scale, offsetX, offsetY } = placement;
  const w = box.right - box.left;
  const h = box.bottom - box.top;
  const wx = axisWeights(w, size, scale, offsetX);
  const wy = axisWeights(h, size, scale, offsetY);
  // Horizontal pass: for each source row of the box, `size` column means.
  const tmp = new Float32Array(h * size);
  for (let y = 0; y < h; y++) {
    const rowStart = (box.top + y) * image.width + box.left;
    for (let tx = 0; tx < size; tx++) {
      let sum = 0;
      for (const [sx, weight] of wx[tx] ?? []) sum += weight * (image.data[rowStart + sx] ?? 0);
      tmp[y * size + tx] = sum * scale;
    }
  }
  // Vertical pass.
  const out = new Float32Array(size * size);
  for (let ty = 0; ty < size; ty++) {
    for (const [sy, weight] of wy[ty] ?? []) {
      for (let tx = 0; tx < size; tx++) {
        out[ty * size + tx] =
          (out[ty * size + tx] ?? 0) + weight * scale * (tmp[sy * size + tx] ?? 0);
      }
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, Math.max(0, out[i] ?? 0));
  return out;
}
