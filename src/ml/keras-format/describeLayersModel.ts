import type { LayersModel } from '@tensorflow/tfjs';
import type { LayerDescription, ModelDescription, Shape } from './modelDescription.ts';

/** tfjs class names that Keras spells differently. */
const KERAS_CLASS_NAMES: Readonly<Record<string, string>> = Object.freeze({
  Model: 'Functional',
  LayersModel: 'Functional',
});

/** Keras prints an InputLayer's output shape as a list of one tuple. */
const LIST_SHAPED = new Set(['InputLayer']);

function count(weights: readonly { readonly shape: readonly (number | null)[] }[]): number {
  return weights.reduce((n, w) => n + w.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);
}

function toShape(shape: readonly (number | null)[]): Shape {
  return shape.map((d) => (d === null || d === undefined ? null : d));
}

/** Builds the plain description `summary()` prints from a tfjs LayersModel. */
export function describeLayersModel(model: LayersModel): ModelDescription {
  const layers: LayerDescription[] = model.layers.map((layer) => {
    const cls = layer.getClassName();
    const className = KERAS_CLASS_NAMES[cls] ?? cls;
    const raw = layer.outputShape as (number | null)[] | (number | null)[][];
    const multiple = Array.isArray(raw[0]);
    const outputShape: LayerDescription['outputShape'] = multiple
      ? { list: (raw as (number | null)[][]).map(toShape) }
      : LIST_SHAPED.has(cls)
        ? { list: [toShape(raw as (number | null)[])] }
        : toShape(raw as (number | null)[]);
    return { name: layer.name, className, outputShape, params: layer.countParams() };
  });
  return {
    name: model.name,
    layers,
    trainableParams: count(model.trainableWeights),
    nonTrainableParams: count(model.nonTrainableWeights),
  };
}
