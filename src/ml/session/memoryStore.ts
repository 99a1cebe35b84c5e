import * as tf from '@tensorflow/tfjs';
import { compileLikeLecture } from '../models/compile.ts';
import type { SessionStore } from './deps.ts';
import type { PersistedSession } from './store.ts';

/**
 * A session store in memory (tests; the browser falls back to it without IndexedDB). Models
 * are kept as serialised artifacts, like IndexedDB keeps them, so loading builds a new model.
 */
export function createMemoryStore(
  maps: {
    /** Stored records by key (tests may put anything here: the session validates what it loads). */
    readonly sessions?: Map<string, unknown>;
    readonly models?: Map<string, tf.io.ModelArtifacts>;
  } = {},
): SessionStore & { readonly size: () => number } {
  const sessions = maps.sessions ?? new Map<string, unknown>();
  const models = maps.models ?? new Map<string, tf.io.ModelArtifacts>();
  return {
    size: () => sessions.size + models.size,
    async load(key) {
      // A copy, as IndexedDB gives: the caller may not change what is stored.
      return structuredClone(sessions.get(key)) as PersistedSession | undefined;
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
