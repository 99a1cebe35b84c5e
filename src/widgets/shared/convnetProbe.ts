import type * as tf from '@tensorflow/tfjs';
import type { Grid } from '../../math/grid.ts';
import { createInspector, type Inspector } from '../../ml/inspect/activations.ts';
import type { WidgetContext } from '../../model/index.ts';
import { mlRuntime } from './mlRuntime.ts';

/** A test digit as the model sees it: 28×28 values in [0, 1]. */
export interface TestDigit {
  readonly index: number;
  readonly grid: Grid;
  readonly label: number;
}

/** The trained convnet with its inspector and the test digits (shared runtime, nothing owned). */
export interface ConvnetProbe {
  readonly model: tf.LayersModel;
  readonly inspector: Inspector;
  /** Backend name for the captions (e.g. "wasm"). */
  readonly backend: string;
  /** How many test digits there are. */
  readonly count: number;
  /** The data set's name shown to the audience. */
  readonly dataName: string;
  digit(index: number): TestDigit;
  /** The next test digit after `index` whose label differs (wrapping around). */
  other(index: number): number;
}

/** Loads the presentation's pretrained convnet and data (see mlRuntime) for inspection. */
export async function loadConvnetProbe(context: WidgetContext): Promise<ConvnetProbe> {
  const runtime = mlRuntime(context);
  const [backend, data, { model }] = await Promise.all([
    runtime.backend(),
    runtime.samples(),
    runtime.pretrained('convnet'),
  ]);
  const { test } = data;
  const pixels = data.rows * data.cols;
  const clamp = (k: number) => Math.max(0, Math.min(test.count - 1, Math.floor(k)));
  return {
    model,
    inspector: createInspector(model),
    backend: backend.name,
    count: test.count,
    dataName: data.descriptor.name,
    digit(index) {
      const k = clamp(index);
      const bytes = test.images.subarray(k * pixels, (k + 1) * pixels);
      return {
        index: k,
        grid: { rows: data.rows, cols: data.cols, data: Array.from(bytes, (b) => b / 255) },
        label: test.labels[k] ?? 0,
      };
    },
    other(index) {
      const k = clamp(index);
      const label = test.labels[k];
      for (let step = 1; step < test.count; step++) {
        const next = (k + step) % test.count;
        if (test.labels[next] !== label) return next;
      }
      return k;
    },
  };
}
