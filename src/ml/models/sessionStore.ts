import * as tf from '@tensorflow/tfjs';
import { storageFailure } from '../session/store.ts';
import { compileLikeLecture } from './compile.ts';

/** Browser only: models trained during a session, kept in IndexedDB across reloads. */
const PREFIX = 'indexeddb://live-lecture-deck/';

/**
 * Saves the model; a failure (quota, blocked storage) rejects with a message for the lecturer
 * (storageFailure): the session shows it in the fit cell's notice.
 */
export async function saveSessionModel(model: tf.LayersModel, key: string): Promise<void> {
  try {
    await model.save(`${PREFIX}${key}`);
  } catch (error) {
    throw storageFailure(error);
  }
}

/** The saved model, compiled for further training, or undefined when none is stored. */
export async function loadSessionModel(key: string): Promise<tf.LayersModel | undefined> {
  const stored = await tf.io.listModels();
  if (!(`${PREFIX}${key}` in stored)) return undefined;
  const model = await tf.loadLayersModel(`${PREFIX}${key}`);
  compileLikeLecture(model);
  return model;
}

/** Keys of the stored session models with their save dates. */
export async function listSessionModels(): Promise<{ key: string; saved: Date }[]> {
  const stored = await tf.io.listModels();
  return Object.entries(stored)
    .filter(([url]) => url.startsWith(PREFIX))
    .map(([url, info]) => ({ key: url.slice(PREFIX.length), saved: new Date(info.dateSaved) }));
}

export async function removeSessionModel(key: string): Promise<void> {
  await tf.io.removeModel(`${PREFIX}${key}`);
}
