import type { LoadProgress, MnistData } from '../../ml/data/types.ts';
import {
  createSession,
  type LiveSession,
  liveSettingsFromQuery,
  type Trainer,
} from '../../ml/session/index.ts';
import { createInProcessTrainer } from '../../ml/session/inProcessTrainer.ts';
import { createMemoryStore } from '../../ml/session/memoryStore.ts';
import type { BackendRequest } from '../../ml/worker/backendRequest.ts';
import { trainInWorker } from '../../ml/worker/trainInWorker.ts';
import type { WidgetContext } from '../../model/index.ts';
import { mlRuntime } from '../shared/mlRuntime.ts';
import { createIdbStore } from './idbStore.ts';

/** What tests in the browser may reach in test mode only (`?live=test`). */
export interface LiveTestHook {
  readonly session: LiveSession;
  numTensors(): Promise<number>;
}

declare global {
  interface Window {
    __liveSession?: LiveTestHook;
  }
}

function workerTrainer(
  data: () => Promise<MnistData>,
  base: string,
  backend: BackendRequest,
): Trainer {
  return async (request, callbacks) => {
    const descriptor = (await data()).descriptor;
    const dataUrl = new URL(`${base}data/mnist-${descriptor.id}.json`, location.href).href;
    const result = await trainInWorker(
      () =>
        new Worker(new URL('../../ml/worker/trainWorker.ts', import.meta.url), { type: 'module' }),
      {
        kind: request.kind,
        epochs: request.epochs,
        batchSize: request.batchSize,
        seed: request.seed,
        dataUrl,
        ...(request.limit === undefined ? {} : { limit: request.limit }),
        ...(request.initialWeights === undefined ? {} : { initialWeights: request.initialWeights }),
        // The page's `?backend=` / `?threads=` reach the Worker, which trains with them.
        ...(Object.keys(backend).length === 0 ? {} : { backend }),
      },
      callbacks,
    );
    return { model: result.model, history: result.history };
  };
}

/**
 * The presentation's notebook session: tfjs, backend, data and pretrained models from the
 * shared ML runtime; training in a Worker; results in IndexedDB; other windows over the bus.
 */
export function createBrowserSession(
  context: WidgetContext,
  base = import.meta.env.BASE_URL,
): LiveSession {
  const runtime = mlRuntime(context, base);
  const settings = liveSettingsFromQuery(location.search);
  const data = (onProgress?: (progress: LoadProgress) => void): Promise<MnistData> => {
    const unsubscribe = onProgress === undefined ? undefined : runtime.onDataProgress(onProgress);
    return runtime.data().finally(() => unsubscribe?.());
  };
  const train =
    typeof Worker === 'function'
      ? workerTrainer(data, base, runtime.backendRequest())
      : createInProcessTrainer(data);
  const store = typeof indexedDB === 'undefined' ? createMemoryStore() : createIdbStore(indexedDB);
  const session = createSession({
    deps: {
      backend: () => runtime.backend(),
      data,
      pretrained: (k) => runtime.pretrained(k),
      train,
      store,
    },
    settings,
    role: context.role,
    bus: context.bus,
  });
  if (!settings.test) return session;
  const hook: LiveTestHook = {
    session,
    numTensors: async () => (await import('@tensorflow/tfjs')).memory().numTensors,
  };
  window.__liveSession = hook;
  return {
    ...session,
    dispose() {
      session.dispose();
      if (window.__liveSession === hook) delete window.__liveSession;
    },
  };
}
