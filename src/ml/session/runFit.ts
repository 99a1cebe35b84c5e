import { buildModel } from '../models/buildModels.ts';
import type { TrainingInfo } from '../models/modelFiles.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import { createFitTracker } from './fitTracker.ts';
import type { RunContext, RunResult } from './runners.ts';
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
  replaceModel(ctx.ws, kind, model);
  return {
    outputs: [{ kind: 'text', label: '', text: pretrainedNote(info) }],
    source: 'pretrained',
  };
}

/**
 * `model.fit(train_images, train_labels, epochs=5, batch_size=128)` through the injected
 * trainer (a Worker in the browser), with live progress; on replay the stored weights (or the
 * pretrained ones, if those were used) come back without training.
 */
export async function runFit(ctx: RunContext, kind: TrainedKind, cell: CellId): Promise<RunResult> {
  if (ctx.replay) {
    const stored = await ctx.deps.store?.loadModel(ctx.modelKey(kind));
    if (stored !== undefined) {
      replaceModel(ctx.ws, kind, stored);
      return { outputs: [] };
    }
    if (ctx.previousSource === 'pretrained') return usePretrained(ctx, kind);
  }
  if (ctx.pretrained) return usePretrained(ctx, kind);
  const data = ctx.ws.data;
  if (data === undefined) throw new Error('Дані ще не завантажено');
  const { epochs, batchSize, subset } = ctx.settings;
  const trainCount = Math.min(subset ?? data.train.count, data.train.count);
  const tracker = createFitTracker({ kind, cell, epochs, trainCount, batchSize, now: ctx.now });
  let history: { loss: number[]; accuracy: number[] } = { loss: [], accuracy: [] };
  try {
    const { model, history: h } = await ctx.deps.train(
      { kind, epochs, batchSize, seed: ctx.seed, limit: subset },
      {
        signal: ctx.signal,
        onBatch: (logs) => ctx.onTraining(tracker.batch(logs)),
        onEpoch: (logs) => ctx.onTraining(tracker.epoch(logs)),
      },
    );
    history = h;
    replaceModel(ctx.ws, kind, model);
    await ctx.deps.store?.saveModel(ctx.modelKey(kind), model).catch(() => undefined);
  } finally {
    ctx.onTraining(undefined);
  }
  return {
    outputs: [
      { kind: 'text', label: '', text: tracker.lines().join('\n') },
      { kind: 'history', label: '', loss: history.loss, accuracy: history.accuracy },
    ],
    source: 'trained',
  };
}
