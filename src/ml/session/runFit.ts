import { buildModel } from '../models/buildModels.ts';
import type { TrainingInfo } from '../models/modelFiles.ts';
import { readWeights, type WeightArray } from '../train/weightArrays.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import { createFitTracker } from './fitTracker.ts';
import { continuationNote } from './fitted.ts';
import type { RunContext, RunResult } from './runners.ts';
import type { FitRecord } from './types.ts';
import { replaceModel } from './workspace.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function pretrainedNote(info: TrainingInfo | undefined): string {
  if (info === undefined) return '# Використано натреновану модель (public/models).';
  return (
    `# Використано натреновану модель: ${info.data.name} (${info.data.trainCount} навчальних), ` +
    `${info.epochs} епох, batch_size=${info.batchSize}, точність на тесті ${pct(info.testAccuracy)}`
  );
}

/** Copies the pretrained weights into a fresh model (the pretrained one stays the runtime's). */
async function usePretrained(ctx: RunContext, kind: TrainedKind): Promise<RunResult> {
  const { model: source, info } = await ctx.deps.pretrained(kind);
  const model = buildModel(kind, { seed: ctx.seed });
  model.setWeights(source.getWeights());
  replaceModel(ctx.ws, kind, model, true);
  return {
    outputs: [{ kind: 'text', label: '', text: pretrainedNote(info) }],
    source: 'pretrained',
  };
}

/**
 * Puts the weights the fit cell left last time back into the workspace (after a reload):
 * the stored ones, or the pretrained copy if that was used. Never trains.
 */
async function restoreWeights(ctx: RunContext, kind: TrainedKind): Promise<boolean> {
  const stored = await ctx.deps.store?.loadModel(ctx.modelKey(kind));
  if (stored !== undefined) {
    replaceModel(ctx.ws, kind, stored, true);
    return true;
  }
  if (ctx.previous.source !== 'pretrained') return false;
  await usePretrained(ctx, kind);
  return true;
}

/**
 * The model's current weights when this run continues an earlier fit (Keras's second
 * `model.fit`): the cell has run before (trained or copied the pretrained weights) and the
 * model cell has not built fresh weights since (that forgets the fit cell's `source`). After
 * a reload the model cell's replay built the seed's weights: the stored ones come back first.
 */
async function currentWeights(
  ctx: RunContext,
  kind: TrainedKind,
): Promise<WeightArray[] | undefined> {
  if (ctx.previous.source === undefined) return undefined;
  if (!ctx.ws.fitted[kind] && !(await restoreWeights(ctx, kind))) return undefined;
  const model = ctx.ws[kind];
  return model === undefined ? undefined : readWeights(model);
}

/**
 * `model.fit(train_images, train_labels, epochs=5, batch_size=128)` through the injected
 * trainer (a Worker in the browser), with live progress. A second run continues from the
 * current weights (epochs are numbered from 1 again, as Keras does; a comment line says so).
 * On replay the stored weights (or the pretrained ones, if those were used) come back.
 */
export async function runFit(ctx: RunContext, kind: TrainedKind, cell: CellId): Promise<RunResult> {
  if (ctx.replay) {
    if (await restoreWeights(ctx, kind)) return { outputs: [] };
    throw new Error('Збережених ваг не знайдено: виконайте навчання ще раз');
  }
  if (ctx.pretrained) return usePretrained(ctx, kind);
  const data = ctx.ws.data;
  if (data === undefined) throw new Error('Дані ще не завантажено');
  const { epochs, batchSize, subset } = ctx.settings;
  const trainCount = Math.min(subset ?? data.train.count, data.train.count);
  const initialWeights = await currentWeights(ctx, kind);
  const prior = initialWeights === undefined ? undefined : ctx.previous;
  const fits = prior === undefined ? 1 : (prior.trained?.fits ?? 1) + 1;
  const tracker = createFitTracker({
    kind,
    cell,
    epochs,
    trainCount,
    batchSize,
    now: ctx.now,
    ...(prior === undefined ? {} : { note: continuationNote(fits) }),
  });
  let history: { loss: number[]; accuracy: number[] } = { loss: [], accuracy: [] };
  try {
    const { model, history: h } = await ctx.deps.train(
      {
        kind,
        epochs,
        batchSize,
        seed: ctx.seed,
        limit: subset,
        ...(initialWeights === undefined ? {} : { initialWeights }),
      },
      {
        signal: ctx.signal,
        onBatch: (logs) => ctx.onTraining(tracker.batch(logs)),
        onEpoch: (logs) => ctx.onTraining(tracker.epoch(logs)),
      },
    );
    history = h;
    replaceModel(ctx.ws, kind, model, true);
    await ctx.deps.store?.saveModel(ctx.modelKey(kind), model).catch(() => undefined);
  } finally {
    ctx.onTraining(undefined);
  }
  const trained: FitRecord = {
    epochs: (prior?.trained?.epochs ?? 0) + epochs,
    samples: trainCount,
    fits,
    base: prior?.trained?.base ?? (prior?.source === 'pretrained' ? 'pretrained' : 'seed'),
    at: Date.now(),
  };
  return {
    outputs: [
      { kind: 'text', label: '', text: tracker.lines().join('\n') },
      { kind: 'history', label: '', loss: history.loss, accuracy: history.accuracy },
    ],
    source: 'trained',
    trained,
  };
}
