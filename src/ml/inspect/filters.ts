import type * as tf from '@tensorflow/tfjs';
import { convLayers } from './convLayers.ts';

/** A conv layer's filters as small images: `count` filters of `size × size`, row-major. */
export interface FilterImages {
  readonly name: string;
  readonly size: number;
  readonly inChannels: number;
  readonly count: number;
  /**
   * Filter k's weights; for a layer with several input channels, their mean over the input
   * channels (a summary: the filter itself is size × size × inChannels).
   */
  readonly images: readonly Float32Array[];
}

/** Kernel values in Keras layout [size, size, in, out] → one mean image per output filter. */
export function meanFilterImages(
  kernel: ArrayLike<number>,
  shape: readonly [number, number, number, number],
): Float32Array[] {
  const [kh, kw, cin, cout] = shape;
  const images: Float32Array[] = [];
  for (let o = 0; o < cout; o++) {
    const image = new Float32Array(kh * kw);
    for (let r = 0; r < kh; r++)
      for (let c = 0; c < kw; c++) {
        let sum = 0;
        for (let i = 0; i < cin; i++) sum += kernel[((r * kw + c) * cin + i) * cout + o] ?? 0;
        image[r * kw + c] = sum / cin;
      }
    images.push(image);
  }
  return images;
}

/** The filters of every Conv2D layer of the model (read from its weights, nothing allocated). */
export function filterImages(model: tf.LayersModel): FilterImages[] {
  return convLayers(model).map((layer) => {
    const kernel = layer.getWeights()[0];
    if (kernel === undefined || kernel.rank !== 4) throw new Error(`${layer.name}: no 4-D kernel`);
    const [kh = 0, kw = 0, cin = 0, cout = 0] = kernel.shape;
    return {
      name: layer.name,
      size: kh,
      inChannels: cin,
      count: cout,
      images: meanFilterImages(kernel.dataSync(), [kh, kw, cin, cout]),
    };
  });
}
