import type * as tf from '@tensorflow/tfjs';
import type { BackendChoice } from '../../ml/backend.ts';
import type { ProgressListener } from '../../ml/data/loadAsset.ts';
import type { LoadProgress, MnistData } from '../../ml/data/types.ts';
import type { TrainingInfo } from '../../ml/models/modelFiles.ts';
import { type BackendRequest, backendFromQuery } from '../../ml/worker/backendRequest.ts';
import type { WidgetContext } from '../../model/index.ts';

/** A pretrained lecture model served by the app (`public/models/<kind>/`). */
export interface PretrainedModel {
  readonly model: tf.LayersModel;
  readonly info: TrainingInfo | undefined;
}

export type PretrainedKind = 'dense' | 'convnet';

/**
 * tfjs, its backend, the MNIST data and the pretrained models, loaded once per presentation
 * and shared by every widget (the code slides, draw-a-digit, feature maps …). Each getter
 * starts its load on first call and returns the same promise afterwards; tfjs itself is
 * imported only then, so a deck that never shows such a widget never loads it.
 */
export interface MlRuntime {
  /**
   * The backend in use, after `tf.ready()`: show `name` (and `detail`) next to results; `note`
   * says when the page's `?backend=` could not be honoured.
   */
  backend(): Promise<BackendChoice>;
  /**
   * What the page asks for (`?backend=webgl` forces WebGL, even software): send it to Workers
   * that train (`backend` in the train request) so they compute where the page does.
   */
  backendRequest(): BackendRequest;
  /**
   * The lecture's data: the full MNIST set (60,000 + 10,000 digits, ≈ 11 MB), downloaded and
   * decoded in a Worker on first call, or the embedded 10,000 digits when the full set is
   * missing (`descriptor.fallback` says why). Only the data cell and what trains call it.
   */
  data(): Promise<MnistData>;
  /**
   * Follows `data()`'s download: the listener gets the latest progress at once (if a load is
   * under way or done) and every later one. Returns the unsubscribe function.
   */
  onDataProgress(listener: ProgressListener): () => void;
  /**
   * Real digits to show (mnist-samples, pixel-values, feature maps): the embedded 10,000-digit
   * asset (1.6 MB, precached for offline use), never the 11 MB download.
   */
  samples(): Promise<MnistData>;
  /** A pretrained model (compiled like the lecture). Owned by the runtime: do not dispose. */
  pretrained(kind: PretrainedKind): Promise<PretrainedModel>;
  /** Starts loading tfjs and the backend without waiting (for `prefetch`); no data download. */
  warm(): void;
  dispose(): void;
}

const KEY = 'ml-runtime';

/** The presentation's runtime (created on first use, disposed with the presentation). */
export function mlRuntime(context: WidgetContext, base = import.meta.env.BASE_URL): MlRuntime {
  return context.shared(KEY, () => createMlRuntime(base));
}

/** `search`: the page's query (default `location.search`), read for `?backend=`. */
export function createMlRuntime(
  base: string,
  search = typeof location === 'undefined' ? '' : location.search,
): MlRuntime {
  const query = backendFromQuery(search);
  let backendLoad: Promise<BackendChoice> | undefined;
  let dataLoad: Promise<MnistData> | undefined;
  let samplesLoad: Promise<MnistData> | undefined;
  let progress: LoadProgress | undefined;
  const progressListeners = new Set<ProgressListener>();
  const models = new Map<PretrainedKind, Promise<PretrainedModel>>();

  const backend = (): Promise<BackendChoice> => {
    backendLoad ??= Promise.all([import('../../ml/backend.ts'), import('../../ml/wasmUrls.ts')])
      .then(([{ chooseRequested }, { WASM_URLS }]) =>
        chooseRequested(query.request, { wasmPaths: WASM_URLS }),
      )
      .then((choice) => {
        // The note leads the detail too, so views that show only `detail` (the presenter's
        // demo preparation) say why the backend is not the one the URL asked for.
        const note = [query.note, choice.note].filter(Boolean).join('; ');
        return note === '' ? choice : { ...choice, note, detail: `${note}; ${choice.detail}` };
      });
    return backendLoad;
  };
  const report = (p: LoadProgress): void => {
    progress = p;
    for (const listener of [...progressListeners]) listener(p);
  };
  const data = (): Promise<MnistData> => {
    // Asking for the full set when the build has none would log a 404 on every data slide.
    // A failed load (offline before the set was ever cached) is not kept: the next run retries.
    dataLoad ??= import('../../ml/data/loadAsset.ts')
      .then(({ loadPreferredData }) =>
        loadPreferredData(`${base}data/`, {
          full: __MNIST_FULL__,
          onProgress: report,
          load: loadOffMainThread,
        }),
      )
      .catch((error: unknown) => {
        dataLoad = undefined;
        progress = undefined;
        throw error;
      });
    return dataLoad;
  };
  const samples = (): Promise<MnistData> => {
    samplesLoad ??= import('../../ml/data/loadAsset.ts').then(({ loadMnistAsset }) =>
      loadMnistAsset(`${base}data/mnist-default.json`),
    );
    return samplesLoad;
  };
  const pretrained = (kind: PretrainedKind): Promise<PretrainedModel> => {
    let load = models.get(kind);
    if (load === undefined) {
      load = backend()
        .then(() => import('../../ml/models/modelFiles.ts'))
        .then(({ loadPretrained }) => loadPretrained(`${base}models/${kind}/model.json`));
      models.set(kind, load);
    }
    return load;
  };

  return {
    backend,
    backendRequest: () => query.request,
    data,
    onDataProgress(listener) {
      progressListeners.add(listener);
      if (progress !== undefined) listener(progress);
      return () => progressListeners.delete(listener);
    },
    samples,
    pretrained,
    warm() {
      void backend().catch(() => undefined);
    },
    dispose() {
      for (const load of models.values()) {
        void Promise.all([load, import('../../ml/models/kerasRmsprop.ts')])
          .then(([{ model }, { disposeModel }]) => disposeModel(model))
          .catch(() => undefined);
      }
      models.clear();
      progressListeners.clear();
    },
  };
}

/**
 * One manifest URL loaded in the data Worker (download and gunzip off the main thread), or
 * here where Workers are missing (Node tests).
 */
async function loadOffMainThread(url: string, onProgress?: ProgressListener): Promise<MnistData> {
  if (typeof Worker !== 'function') {
    const { loadMnistAsset } = await import('../../ml/data/loadAsset.ts');
    return loadMnistAsset(url, undefined, onProgress);
  }
  const { loadInWorker } = await import('../../ml/worker/loadInWorker.ts');
  const absolute = new URL(url, location.href).href;
  return loadInWorker(
    () => new Worker(new URL('../../ml/worker/dataWorker.ts', import.meta.url), { type: 'module' }),
    absolute,
    onProgress,
  );
}
