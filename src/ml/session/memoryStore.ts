import * as tf from '@tensorflow/tfjs';
import { compileLikeLecture } from '../models/compile.ts';
import type { SessionStore } from './deps.ts';
import type { PersistedSession } from './store.ts';

/**
 * A session store in memory (tests; the browser falls back to it without IndexedDB). Models
 * are kept as serialised artifacts, like IndexedDB keeps them, so loading builds a new model.
 */
export function createMemoryStore(): SessionStore & { readonly size: () => number } {
  const sessions = new Map<string, PersistedSession>();
  const models = new Map<string, tf.io.ModelArtifacts>();
  return {
    size: () => sessions.size + models.size,
    async load(key) {
      return sessions.get(key);
    },
    async save(key, value) {
      sessions.set(key, structuredClone(value));
    },
    async saveModel(key, model) {
      await model.save(
        tf.io.withSaveHandler(async (artifacts) => {
          models.set(key, artifacts);
          return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
        }),
      );
    },
    async loadModel(key) {
      const artifacts = models.get(key);
      if (artifacts === undefined) return undefined;
      const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
      compileLikeLecture(model);
      return model;
    },
    async clear(key) {
      sessions.delete(key);
      for (const k of [...models.keys()]) if (k.startsWith(key)) models.delete(k);
    },
  };
}
