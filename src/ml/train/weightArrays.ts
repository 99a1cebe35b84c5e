import * as tf from '@tensorflow/tfjs';
import * as v from 'valibot';

/**
 * One weight tensor of a model as plain data: structured-clone friendly, and its buffer can be
 * transferred to a Worker. Models are float32 throughout (the lecture's layers).
 */
export interface WeightArray {
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/**
 * A copy of the model's weights in `model.getWeights()` order (its own buffers: transferring
 * them never detaches the model's memory). `getWeights` hands out the variables themselves,
 * so no tensor is created here.
 */
export async function readWeights(model: tf.LayersModel): Promise<WeightArray[]> {
  const variables = model.getWeights();
  const values = await Promise.all(variables.map((v) => v.data()));
  return variables.map((v, i) => ({
    shape: [...v.shape],
    values: Float32Array.from(values[i] as ArrayLike<number>),
  }));
}

/** Why `weights` cannot be loaded into `model`, or undefined when they fit (count and shapes). */
export function weightMismatch(
  model: tf.LayersModel,
  weights: readonly WeightArray[],
): string | undefined {
  const expected = model.weights;
  if (expected.length !== weights.length) {
    return `expected ${expected.length} weight tensors, got ${weights.length}`;
  }
  for (const [i, w] of expected.entries()) {
    const got = weights[i]?.shape ?? [];
    if (got.length !== w.shape.length || got.some((d, j) => d !== w.shape[j])) {
      return `weight ${w.name}: expected shape [${w.shape.join(', ')}], got [${got.join(', ')}]`;
    }
  }
  return undefined;
}

/** Sets the model's weights from plain arrays (checked first); frees the tensors it makes. */
export function writeWeights(model: tf.LayersModel, weights: readonly WeightArray[]): void {
  const problem = weightMismatch(model, weights);
  if (problem !== undefined) throw new Error(`Initial weights do not fit the model: ${problem}`);
  // The variables keep their own reference to the data; tidy frees the temporary tensors.
  tf.tidy(() => model.setWeights(weights.map((w) => tf.tensor(w.values, [...w.shape], 'float32'))));
}

const PositiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const Floats = v.custom<Float32Array>((x) => x instanceof Float32Array, 'a Float32Array');
const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** One weight tensor as plain data: every dimension ≥ 1, as many values as the shape says. */
export const WeightArraySchema = v.pipe(
  v.object({
    shape: v.pipe(v.array(PositiveInt), v.maxLength(8), v.readonly()),
    values: Floats,
  }),
  v.check((w) => w.values.length === product(w.shape), 'values match the shape'),
);
/** A model's weights in `model.getWeights()` order (at most 1,000 tensors). */
export const WeightArraysSchema = v.pipe(
  v.array(WeightArraySchema),
  v.maxLength(1000),
  v.readonly(),
);

/** Checks data from another thread or window: an array of well-formed weight arrays. */
export function isWeightArrays(value: unknown): value is WeightArray[] {
  return v.is(WeightArraysSchema, value);
}

/** The buffers to transfer with a message carrying `weights`. */
export function weightBuffers(weights: readonly WeightArray[]): ArrayBuffer[] {
  return weights.map((w) => w.values.buffer as ArrayBuffer);
}
