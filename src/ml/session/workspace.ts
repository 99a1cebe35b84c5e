import type * as tf from '@tensorflow/tfjs';
import type { MnistData } from '../data/types.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import type { Prediction } from '../train/predict.ts';
import type { SplitTensors } from '../train/tensors.ts';

/**
 * The notebook's variables: what the cells built so far (data, models, prepared tensors,
 * the last prediction). Owned by the session; `dispose` frees every tensor in it.
 */
export interface Workspace {
  data: MnistData | undefined;
  dense: tf.LayersModel | undefined;
  convnet: tf.LayersModel | undefined;
  /**
   * Dense test inputs: (N, 784) float32 / 255. The training inputs are prepared where the
   * training runs (the Worker), so the page does not hold a second copy.
   */
  flat: { readonly test: SplitTensors } | undefined;
  /** Convnet test inputs: (N, 28, 28, 1) float32 / 255. */
  image: { readonly test: SplitTensors } | undefined;
  /** `prediction = model.predict(test_images[0:10])` of the dense model. */
  prediction: Prediction | undefined;
  /** Whether each model holds fitted weights (trained, restored or the pretrained copy). */
  readonly fitted: { dense: boolean; convnet: boolean };
}

export function createWorkspace(): Workspace {
  return {
    data: undefined,
    dense: undefined,
    convnet: undefined,
    flat: undefined,
    image: undefined,
    prediction: undefined,
    fitted: { dense: false, convnet: false },
  };
}

/**
 * Replaces a model slot, disposing the model it held (and its optimizer). `fitted`: the new
 * model holds weights from a fit cell (a later fit continues from them), not the seed's.
 */
export function replaceModel(
  ws: Workspace,
  slot: 'dense' | 'convnet',
  model: tf.LayersModel | undefined,
  fitted = false,
): void {
  const old = ws[slot];
  if (old !== undefined && old !== model) disposeModel(old);
  ws[slot] = model;
  ws.fitted[slot] = fitted && model !== undefined;
}

export function replaceFlat(ws: Workspace, next: Workspace['flat']): void {
  ws.flat?.test.dispose();
  ws.flat = next;
}

export function replaceImage(ws: Workspace, next: Workspace['image']): void {
  ws.image?.test.dispose();
  ws.image = next;
}

/** Frees every tensor and model; the workspace is empty (and reusable) afterwards. */
export function clearWorkspace(ws: Workspace): void {
  replaceModel(ws, 'dense', undefined);
  replaceModel(ws, 'convnet', undefined);
  replaceFlat(ws, undefined);
  replaceImage(ws, undefined);
  ws.prediction = undefined;
  ws.data = undefined;
}
