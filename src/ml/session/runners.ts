import type * as tf from '@tensorflow/tfjs';
import { countedUk, type UkForms } from '../../model/pluralUk.ts';
import type { LoadProgress } from '../data/types.ts';
import { describeLayersModel } from '../keras-format/describeLayersModel.ts';
import { arrayRepr, createEvaluateLogger, scalarRepr, summary } from '../keras-format/index.ts';
import { buildModel } from '../models/buildModels.ts';
import { compileLikeLecture } from '../models/compile.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import { evaluate } from '../train/evaluate.ts';
import { argMaxRows, predict } from '../train/predict.ts';
import { splitToTensors } from '../train/tensors.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import type { SessionDeps } from './deps.ts';
import type { FitChoice, FitStart } from './fitPlan.ts';
import { runFit } from './runFit.ts';
import type {
  CellOutput,
  CellSnapshot,
  FitRecord,
  LiveSettings,
  TrainingProgress,
} from './types.ts';
import { replaceFlat, replaceImage, replaceModel, type Workspace } from './workspace.ts';

/** «8 шарів», «104202 параметри»: the convnet cell's comment line. */
const LAYER_FORMS: UkForms = ['шар', 'шари', 'шарів'];
const PARAM_FORMS: UkForms = ['параметр', 'параметри', 'параметрів'];

export interface RunContext {
  readonly ws: Workspace;
  readonly deps: SessionDeps;
  readonly settings: LiveSettings;
  readonly signal: AbortSignal;
  /** Re-establish the cell's variables after a reload without printing (outputs ignored). */
  readonly replay: boolean;
  /** Fit cells: copy the pretrained weights instead of training. */
  readonly pretrained: boolean;
  /** The cell as it was before this run (fit cells: where the weights came from last time). */
  readonly previous: CellSnapshot;
  readonly seed: number;
  readonly modelKey: (kind: TrainedKind) => string;
  readonly onTraining: (progress: TrainingProgress | undefined) => void;
  /** The data download's progress (the data cell), undefined when it ends. */
  readonly onLoading: (progress: LoadProgress | undefined) => void;
  readonly now: () => number;
  /** Fit cells: seconds a fit may take without the lecturer's choice (the presenter's budget). */
  readonly budgetSeconds: number;
  /** Fit cells: the fit before its first batch (the session adds the id); undefined ends it. */
  readonly onFitStart: (start: Omit<FitStart, 'id'> | undefined) => void;
  /** Fit cells: the lecturer's answer to the shown prompt; rejects when the run is cancelled. */
  readonly awaitChoice: () => Promise<FitChoice>;
}

export interface RunResult {
  readonly outputs: readonly CellOutput[];
  readonly source?: 'trained' | 'pretrained';
  /** Fit cells that trained: what the weights went through (see FitRecord). */
  readonly trained?: FitRecord;
  /** Something besides the outputs the cell should say (e.g. its model could not be saved). */
  readonly notice?: string;
}

type Runner = (ctx: RunContext) => Promise<RunResult>;

const text = (label: string, value: string): CellOutput => ({ kind: 'text', label, text: value });
const done = (...outputs: CellOutput[]): RunResult => ({ outputs });
const tuple = (shape: readonly number[]): string =>
  shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} ще не створено`);
  return value;
}

function modelSummary(model: tf.LayersModel): string {
  return summary(describeLayersModel(model));
}

function shapes(ctx: RunContext, part: 'train' | 'test'): RunResult {
  const split = need(ctx.ws.data, 'Дані')[part];
  return done(
    text(`${part}_images.shape`, tuple([split.count, 28, 28])),
    text(`len(${part}_labels)`, String(split.count)),
    text(`${part}_labels`, arrayRepr(split.labels, { dtype: 'uint8' })),
  );
}

async function evaluateCell(ctx: RunContext, kind: TrainedKind): Promise<RunResult> {
  const model = need(ctx.ws[kind], 'Модель');
  const test = kind === 'dense' ? need(ctx.ws.flat, 'Дані').test : need(ctx.ws.image, 'Дані').test;
  const start = ctx.now();
  const result = await evaluate(model, test, { signal: ctx.signal, reportMs: 0 });
  const steps = Math.ceil(test.count / 32);
  const bar = createEvaluateLogger(steps, 0, ['loss', 'accuracy']).update(
    steps,
    [
      ['loss', result.loss],
      ['accuracy', result.accuracy],
    ],
    (ctx.now() - start) / 1000,
  );
  // Keras returns float32 metrics; Python prints the float64 repr of that value.
  const acc = Math.fround(result.accuracy);
  return done(
    text('test_loss, test_acc = model.evaluate(test_images, test_labels)', bar),
    text('print(f"test accuracy: {test_acc}")', `test accuracy: ${acc}`),
  );
}

export const RUNNERS: Readonly<Record<CellId, Runner>> = Object.freeze({
  'mnist-load': async (ctx) => {
    let data: Awaited<ReturnType<typeof ctx.deps.data>>;
    try {
      data = await ctx.deps.data(ctx.onLoading);
    } finally {
      ctx.onLoading(undefined);
    }
    ctx.ws.data = data;
    const d = data.descriptor;
    const lines = [`# ${d.name}: ${d.trainCount} навчальних і ${d.testCount} тестових зображень`];
    // The slides' numbers come from the full set: say plainly when this is not it.
    if (d.fallback !== undefined) {
      lines.push(
        `# Увага: ${d.fallback}; використано вбудований запасний набір, тож числа ` +
          'на наступних слайдах відрізнятимуться від записаних',
      );
    }
    return done(text('', lines.join('\n')));
  },
  'train-shapes': async (ctx) => shapes(ctx, 'train'),
  'test-shapes': async (ctx) => shapes(ctx, 'test'),
  'dense-model': async (ctx) => {
    replaceModel(
      ctx.ws,
      'dense',
      buildModel('dense', { seed: ctx.seed, compile: false, names: 'lecture' }),
    );
    return done(text('model.summary()', modelSummary(need(ctx.ws.dense, 'Модель'))));
  },
  'dense-compile': async (ctx) => {
    const model = need(ctx.ws.dense, 'Модель');
    // Compiling again (the weights stay, as in Keras) replaces the optimizer: free its slots.
    const previous = (model as { optimizer?: tf.Optimizer }).optimizer;
    compileLikeLecture(model);
    previous?.dispose();
    return done(
      text(
        '',
        "# optimizer: RMSprop (learning_rate=0.001), loss: sparse_categorical_crossentropy, metrics: ['accuracy']",
      ),
    );
  },
  'dense-prepare': async (ctx) => {
    const data = need(ctx.ws.data, 'Дані');
    const trainCount = Math.min(ctx.settings.subset ?? data.train.count, data.train.count);
    const test = splitToTensors(data.test, 'flat');
    replaceFlat(ctx.ws, { test });
    return done(
      text('train_images.shape', tuple([trainCount, 784])),
      text('train_images.dtype', "dtype('float32')"),
      text('test_images.shape', tuple(test.x.shape)),
    );
  },
  'dense-fit': (ctx) => runFit(ctx, 'dense', 'dense-fit'),
  'dense-predict': async (ctx) => {
    const model = need(ctx.ws.dense, 'Модель');
    const test = need(ctx.ws.flat, 'Дані').test;
    const count = Math.min(10, test.count);
    const digits = test.x.slice(0, count);
    try {
      ctx.ws.prediction = await predict(model, digits);
    } finally {
      digits.dispose();
    }
    const data = need(ctx.ws.data, 'Дані');
    const p = ctx.ws.prediction;
    return done(
      {
        kind: 'digits',
        label: 'test_digits = test_images[0:10]',
        pixels: data.test.images.slice(0, count * 784),
        probabilities: p.data.slice(),
        labels: data.test.labels.slice(0, count),
      },
      text('prediction[0]', arrayRepr(p.data.subarray(0, 10), { dtype: 'float32' })),
    );
  },
  'dense-argmax': async (ctx) => {
    const p = need(ctx.ws.prediction, 'Прогноз');
    const best = argMaxRows({ data: p.data.subarray(0, 10), shape: [1, 10] })[0] ?? 0;
    const label = need(ctx.ws.data, 'Дані').test.labels[0] ?? 0;
    return done(
      text('prediction[0].argmax()', String(best)),
      text(`prediction[0][${best}]`, scalarRepr(p.data[best] ?? 0, 'float32')),
      text('test_labels[0]', String(label)),
    );
  },
  'dense-evaluate': (ctx) => evaluateCell(ctx, 'dense'),
  'convnet-model': async (ctx) => {
    replaceModel(
      ctx.ws,
      'convnet',
      buildModel('convnet', { seed: ctx.seed, compile: false, names: 'lecture' }),
    );
    const model = need(ctx.ws.convnet, 'Модель');
    return done(
      text(
        '',
        `# model: ${countedUk(model.layers.length, LAYER_FORMS)}, ${countedUk(model.countParams(), PARAM_FORMS)}`,
      ),
    );
  },
  'convnet-summary': async (ctx) =>
    done(text('model.summary()', modelSummary(need(ctx.ws.convnet, 'Модель')))),
  'nopool-summary': async () => {
    const model = buildModel('convnetNoPool', { compile: false, names: 'lecture' });
    try {
      return done(text('model_without_max_pool.summary()', modelSummary(model)));
    } finally {
      disposeModel(model);
    }
  },
  'convnet-fit': async (ctx) => {
    const data = need(ctx.ws.data, 'Дані');
    if (ctx.ws.image === undefined)
      replaceImage(ctx.ws, { test: splitToTensors(data.test, 'image') });
    return runFit(ctx, 'convnet', 'convnet-fit');
  },
  'convnet-evaluate': (ctx) => evaluateCell(ctx, 'convnet'),
});
