import * as tf from '@tensorflow/tfjs';
import type { DataDescriptor } from '../data/types.ts';
import type { ModelKind } from './buildModels.ts';
import { compileLikeLecture } from './compile.ts';

/** What a pretrained model was trained on, stored in its model.json (userDefinedMetadata). */
export interface TrainingInfo {
  readonly kind: ModelKind;
  readonly data: DataDescriptor;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
  readonly trainAccuracy: number;
  /** On the data's own test split. */
  readonly testAccuracy: number;
  readonly backend: string;
}

/** model.json and its weights file, as `tf.loadLayersModel(url)` reads them. */
export interface ModelFiles {
  readonly json: string;
  readonly weights: Uint8Array;
  readonly weightsName: string;
}

/** Serialises a model to in-memory files (no DOM, no fs: the caller writes them). */
export async function modelToFiles(
  model: tf.LayersModel,
  info: TrainingInfo,
  weightsName = 'weights.bin',
): Promise<ModelFiles> {
  let files: ModelFiles | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData;
      const buffer = Array.isArray(data)
        ? tf.io.concatenateArrayBuffers(data)
        : (data ?? new ArrayBuffer(0));
      const json = {
        format: 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [`./${weightsName}`], weights: artifacts.weightSpecs ?? [] }],
        userDefinedMetadata: { training: info },
      };
      files = { json: `${JSON.stringify(json)}\n`, weights: new Uint8Array(buffer), weightsName };
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  if (!files) throw new Error('model.save produced no artifacts');
  return files;
}

/** Loads a pretrained model served by the app (e.g. `/models/convnet/model.json`), compiled. */
export async function loadPretrained(
  url: string,
): Promise<{ model: tf.LayersModel; info: TrainingInfo | undefined }> {
  const model = await tf.loadLayersModel(url);
  compileLikeLecture(model);
  const meta = model.getUserDefinedMetadata() as { training?: TrainingInfo } | undefined;
  return { model, info: meta?.training };
}
