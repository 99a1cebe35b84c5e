import { buildModel } from '../models/buildModels.ts';
import type { TrainingInfo } from '../models/modelFiles.ts';
import { FIT_PROBE, type FitRun, type FitSpeed } from '../train/measureThroughput.ts';
import { readWeights, type WeightArray } from '../train/weightArrays.ts';
import type { CellId, TrainedKind } from './cellCatalog.ts';
import { type PlannedRun, planFit } from './fitPlan.ts';
import { runHeaderUk } from './fitText.ts';
import { createFitTracker } from './fitTracker.ts';
import { continuationNote, DAMAGED_WEIGHTS, MISSING_WEIGHTS } from './fitted.ts';
import type { RunContext, RunResult } from './runners.ts';
import type { ProbingCallbacks } from './trainCallbacks.ts';
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
 * the stored ones, or the pretrained copy if that was used. Never trains. `damaged`: the
 * stored model would not load (truncated weights, an IndexedDB error).
 */
async function restoreWeights(
  ctx: RunContext,
  kind: TrainedKind,
): Promise<'restored' | 'missing' | 'damaged'> {
  let stored: Awaited<ReturnType<NonNullable<typeof ctx.deps.store>['loadModel']>>;
  try {
    stored = await ctx.deps.store?.loadModel(ctx.modelKey(kind));
  } catch {
    return 'damaged';
  }
  if (stored !== undefined) {
    replaceModel(ctx.ws, kind, stored, true);
    return 'restored';
  }
  if (ctx.previous.source !== 'pretrained') return 'missing';
  await usePretrained(ctx, kind);
  return 'restored';
}

/**
 * The model's current weights when this run continues an earlier fit (Keras's second
 * `model.fit`): the cell has run before (trained or copied the pretrained weights) and the
 * model cell has not built fresh weights since (that forgets the fit cell's `source`). After
 * a reload the model cell's replay built the seed's weights: the stored ones come back first;
 * when they are damaged the fit starts from the seed and `notes` says so.
 */
async function currentWeights(
  ctx: RunContext,
  kind: TrainedKind,
  notes: string[],
): Promise<WeightArray[] | undefined> {
  if (ctx.previous.source === undefined) return undefined;
  if (!ctx.ws.fitted[kind]) {
    const restored = await restoreWeights(ctx, kind);
    if (restored === 'damaged') notes.push(DAMAGED_NOTE);
    if (restored !== 'restored') return undefined;
  }
  const model = ctx.ws[kind];
  return model === undefined ? undefined : readWeights(model);
}

const DAMAGED_NOTE = '# Збережені ваги пошкоджені: навчання почато з початкових ваг';

/** "Не вдалося зберегти навчену модель: … — після перезавантаження її не буде". */
const unsavedModel = (error: unknown): string =>
  `Не вдалося зберегти навчену модель: ${error instanceof Error ? error.message : String(error)} — після перезавантаження її не буде`;

/**
 * `model.fit(train_images, train_labels, epochs=5, batch_size=128)` through the injected
 * trainer (a Worker in the browser), with live progress. The trainer first measures its
 * speed where the fit runs (a warm-up); when the estimate exceeds the budget the fit waits
 * for the lecturer's choice (`awaitChoice`: a shorter run that fits, or the full one) and the
 * output's first line says what ran. A second run continues from the current weights (epochs
 * are numbered from 1 again, as Keras does; a comment line says so). On replay the stored
 * weights (or the pretrained ones, if those were used) come back.
 */
export async function runFit(ctx: RunContext, kind: TrainedKind, cell: CellId): Promise<RunResult> {
  if (ctx.replay) {
    const restored = await restoreWeights(ctx, kind);
    if (restored === 'restored') return { outputs: [] };
    throw new Error(restored === 'damaged' ? DAMAGED_WEIGHTS : MISSING_WEIGHTS);
  }
  if (ctx.pretrained) return usePretrained(ctx, kind);
  const data = ctx.ws.data;
  if (data === undefined) throw new Error('Дані ще не завантажено');
  const { epochs, batchSize, subset } = ctx.settings;
  const trainCount = Math.min(subset ?? data.train.count, data.train.count);
  const notes: string[] = [];
  const initialWeights = await currentWeights(ctx, kind, notes);
  const prior = initialWeights === undefined ? undefined : ctx.previous;
  const fits = prior === undefined ? 1 : (prior.trained?.fits ?? 1) + 1;
  if (prior !== undefined) notes.push(continuationNote(fits));
  const start = { kind, cell, trainCount, epochs } as const;
  let tracker: ReturnType<typeof createFitTracker> | undefined;
  let run: PlannedRun = { digits: trainCount, epochs, seconds: Number.NaN };

  const track = (seconds?: number): ReturnType<typeof createFitTracker> => {
    ctx.onFitStart(undefined);
    tracker = createFitTracker({
      kind,
      cell,
      epochs: run.epochs,
      trainCount: run.digits,
      batchSize,
      now: ctx.now,
      notes,
      ...(seconds === undefined ? {} : { estimateSeconds: seconds }),
    });
    return tracker;
  };

  /** The warm-up's speed → the run: the full one within the budget, else the lecturer's. */
  const onMeasured = async (speed: FitSpeed): Promise<FitRun> => {
    const estimate = planFit(speed, { trainCount, epochs, batchSize }, ctx.budgetSeconds);
    run = estimate.full;
    if (estimate.short !== undefined) {
      ctx.onFitStart({ ...start, phase: 'choosing', backend: speed.backend, estimate });
      const choice = await ctx.awaitChoice();
      if (choice === 'short') run = estimate.short;
      notes.push(runHeaderUk(estimate, choice));
    }
    ctx.onTraining(track(run.seconds).start());
    return { limit: run.digits, epochs: run.epochs, evaluate: false };
  };

  // Both trainers (Worker, in-process) measure first; one that does not (a test's stand-in)
  // trains the full run unmeasured.
  const callbacks: ProbingCallbacks = {
    signal: ctx.signal,
    probe: FIT_PROBE,
    onMeasured,
    onBackend: (backend) => ctx.onFitStart({ ...start, phase: 'starting', backend }),
    onData: () => ctx.onFitStart({ ...start, phase: 'measuring' }),
    onBatch: (logs) => ctx.onTraining((tracker ?? track()).batch(logs)),
    onEpoch: (logs) => ctx.onTraining((tracker ?? track()).epoch(logs)),
  };
  let history: { loss: number[]; accuracy: number[] } = { loss: [], accuracy: [] };
  let notice: string | undefined;
  try {
    ctx.onFitStart({ ...start, phase: 'starting' });
    const { model, history: h } = await ctx.deps.train(
      {
        kind,
        epochs,
        batchSize,
        seed: ctx.seed,
        limit: subset,
        ...(initialWeights === undefined ? {} : { initialWeights }),
      },
      callbacks,
    );
    history = h;
    replaceModel(ctx.ws, kind, model, true);
    await ctx.deps.store?.saveModel(ctx.modelKey(kind), model).catch((error: unknown) => {
      notice = unsavedModel(error);
    });
  } finally {
    ctx.onFitStart(undefined);
    ctx.onTraining(undefined);
  }
  const trained: FitRecord = {
    epochs: (prior?.trained?.epochs ?? 0) + run.epochs,
    samples: run.digits,
    fits,
    base: prior?.trained?.base ?? (prior?.source === 'pretrained' ? 'pretrained' : 'seed'),
    at: Date.now(),
  };
  return {
    outputs: [
      { kind: 'text', label: '', text: (tracker?.lines() ?? notes).join('\n') },
      { kind: 'history', label: '', loss: history.loss, accuracy: history.accuracy },
    ],
    source: 'trained',
    trained,
    ...(notice === undefined ? {} : { notice }),
  };
}
