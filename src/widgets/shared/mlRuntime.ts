import type * as tf from '@tensorflow/tfjs';
import type { BackendChoice } from '../../ml/backend.ts';
import type { MnistData } from '../../ml/data/types.ts';
import type { TrainingInfo } from '../../ml/models/modelFiles.ts';
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
  /** The backend in use, after `tf.ready()`: show `name` (and `detail`) next to results. */
  backend(): Promise<BackendChoice>;
  /** The app's data (full MNIST if built, else the embedded default), see src/ml/data. */
  data(): Promise<MnistData>;
  /** A pretrained model (compiled like the lecture). Owned by the runtime: do not dispose. */
  pretrained(kind: PretrainedKind): Promise<PretrainedModel>;
  /** Starts the backend and data loads without waiting (for `prefetch`). */
  warm(): void;
  dispose(): void;
}

const KEY = 'ml-runtime';

/** The presentation's runtime (created on first use, disposed with the presentation). */
export function mlRuntime(context: WidgetContext, base = import.meta.env.BASE_URL): MlRuntime {
  return context.shared(KEY, () => createMlRuntime(base));
}

export function createMlRuntime(base: string): MlRuntime {
  let backendLoad: Promise<BackendChoice> | undefined;
  let dataLoad: Promise<MnistData> | undefined;
  const models = new Map<PretrainedKind, Promise<PretrainedModel>>();

  const backend = (): Promise<BackendChoice> => {
    backendLoad ??= Promise.all([
      import('../../ml/backend.ts'),
      import('../../ml/wasmUrls.ts'),
    ]).then(([{ chooseBackend }, { WASM_URLS }]) => chooseBackend({ wasmPaths: WASM_URLS }));
    return backendLoad;
  };
  const data = (): Promise<MnistData> => {
    // Asking for the full set when the build has none would log a 404 on every data slide.
    dataLoad ??= import('../../ml/data/loadAsset.ts').then(
      ({ loadMnistAsset, loadPreferredMnist }) =>
        __MNIST_FULL__
          ? loadPreferredMnist(`${base}data/`)
          : loadMnistAsset(`${base}data/mnist-default.json`),
    );
    return dataLoad;
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
    data,
    pretrained,
    warm() {
      void backend().catch(() => undefined);
      void data().catch(() => undefined);
    },
    dispose() {
      for (const load of models.values()) {
        void Promise.all([load, import('../../ml/models/kerasRmsprop.ts')])
          .then(([{ model }, { disposeModel }]) => disposeModel(model))
          .catch(() => undefined);
      }
      models.clear();
    },
  };
}
