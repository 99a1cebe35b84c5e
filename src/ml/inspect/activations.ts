import * as tf from '@tensorflow/tfjs';
import { convLayers } from './convLayers.ts';

/** One layer's output for one image: `rows × cols × channels`, channels last (HWC). */
export interface LayerActivation {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly channels: number;
  readonly data: Float32Array;
}

export interface Inspection {
  /** Every Conv2D layer's output (after its ReLU), in model order. */
  readonly layers: readonly LayerActivation[];
  /** The model's softmax output, 10 values. */
  readonly probabilities: Float32Array;
  readonly predicted: number;
}

export interface Inspector {
  readonly layerNames: readonly string[];
  /** Runs one 28×28 image (784 values in [0, 1], row-major) through the model. */
  inspect(image: ArrayLike<number>): Promise<Inspection>;
}

/**
 * Reads the intermediate activations of a convnet: a second model over the same layers whose
 * outputs are every Conv2D output plus the prediction. It shares the model's weights and owns
 * no tensors, so it needs no dispose (disposing it would free the shared weights).
 */
export function createInspector(model: tf.LayersModel): Inspector {
  const convs = convLayers(model);
  const output = model.outputs[0];
  if (convs.length === 0 || output === undefined) throw new Error('no Conv2D layers to inspect');
  const shape = model.inputs[0]?.shape ?? [];
  const rows = shape[1] ?? 28;
  const cols = shape[2] ?? 28;
  const depth = shape[3] ?? 1;
  const probe = tf.model({
    inputs: model.inputs,
    outputs: [...convs.map((l) => l.output as tf.SymbolicTensor), output],
  });
  return {
    layerNames: convs.map((l) => l.name),
    async inspect(image) {
      if (image.length !== rows * cols * depth) {
        throw new Error(`inspect: ${image.length} values, expected ${rows * cols * depth}`);
      }
      const outs = tf.tidy(() => {
        const x = tf.tensor4d(Float32Array.from(image), [1, rows, cols, depth]);
        return probe.predict(x) as tf.Tensor[];
      });
      try {
        const values = await Promise.all(outs.map((t) => t.data<'float32'>()));
        const layers = convs.map((layer, i): LayerActivation => {
          const [, h = 0, w = 0, c = 0] = outs[i]?.shape ?? [];
          return {
            name: layer.name,
            rows: h,
            cols: w,
            channels: c,
            data: values[i] ?? new Float32Array(),
          };
        });
        const probabilities = values[values.length - 1] ?? new Float32Array(10);
        let predicted = 0;
        probabilities.forEach((p, k) => {
          if (p > (probabilities[predicted] ?? 0)) predicted = k;
        });
        return { layers, probabilities, predicted };
      } finally {
        tf.dispose(outs);
      }
    },
  };
}

/** Channel `k` of a layer's output as a row-major `rows × cols` array. */
export function channelOf(layer: LayerActivation, k: number): Float32Array {
  const out = new Float32Array(layer.rows * layer.cols);
  for (let p = 0; p < out.length; p++) out[p] = layer.data[p * layer.channels + k] ?? 0;
  return out;
}
