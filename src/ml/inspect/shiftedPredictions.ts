import * as tf from '@tensorflow/tfjs';
import type { Grid } from '../../math/grid.ts';
import { shift2d } from '../../math/shift.ts';

export interface Shift {
  /** Right for positive values, in pixels. */
  readonly dx: number;
  /** Down for positive values, in pixels. */
  readonly dy: number;
}

/**
 * The model's class probabilities for the image moved by each shift (zero fill), in one
 * batch: `result[i]` holds the 10 probabilities for `shifts[i]`.
 */
export async function predictShifted(
  model: tf.LayersModel,
  image: Grid,
  shifts: readonly Shift[],
): Promise<Float32Array[]> {
  const pixels = image.rows * image.cols;
  const batch = new Float32Array(shifts.length * pixels);
  shifts.forEach(({ dx, dy }, i) => {
    batch.set(shift2d(image, dy, dx).data, i * pixels);
  });
  const out = tf.tidy(
    () =>
      model.predict(tf.tensor4d(batch, [shifts.length, image.rows, image.cols, 1])) as tf.Tensor,
  );
  try {
    const values = await out.data<'float32'>();
    const classes = out.shape[1] ?? 10;
    return shifts.map((_, i) => values.slice(i * classes, (i + 1) * classes));
  } finally {
    out.dispose();
  }
}

/** Horizontal shifts −range … range (dy fixed), for a P(class) vs. shift curve. */
export function horizontalShifts(range: number, dy = 0): Shift[] {
  return Array.from({ length: 2 * range + 1 }, (_, i) => ({ dx: i - range, dy }));
}
