import * as v from 'valibot';
import { Finite, NonNegative, Positive, text } from '../data/guards.ts';
import type { MnistSplit } from '../data/types.ts';
import { buildModel, INPUT_LAYOUT, type ModelKind } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import { fitModel } from './fit.ts';
import { type SplitTensors, splitToTensors } from './tensors.ts';

export interface ThroughputOptions {
  readonly batchSize?: number;
  readonly warmup?: number;
  readonly timed?: number;
  /** A CPU-time clock in ms (Node: process.cpuUsage), for numbers that hold up under load. */
  readonly cpuClock?: () => number;
}

export interface Throughput {
  readonly model: ModelKind;
  readonly batchSize: number;
  /** Median over the timed batches. */
  readonly samplesPerSecond: number;
  readonly msPerBatch: readonly number[];
  /** Median by CPU time of this process, when a cpuClock was given. */
  readonly cpuSamplesPerSecond?: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Training speed through `fit` itself: one epoch over (warmup + timed) batches, every batch
 * synchronised (reportMs 0) so each one is timed on its own; the median of the timed ones.
 */
export async function measureThroughput(
  kind: ModelKind,
  split: MnistSplit,
  options: ThroughputOptions = {},
): Promise<Throughput> {
  const { batchSize = 128, warmup = 3, timed = 10 } = options;
  const count = Math.min(split.count, (warmup + timed) * batchSize);
  const model = buildModel(kind, { seed: 1 });
  const data = splitToTensors(split, INPUT_LAYOUT[kind], count);
  const stamps: number[] = [];
  const cpuStamps: number[] = [];
  const cpuClock = options.cpuClock;
  try {
    await fitModel(model, data, {
      batchSize,
      seed: 1,
      reportMs: 0,
      yieldMs: 1e9,
      onBatch: () => {
        stamps.push(performance.now());
        if (cpuClock) cpuStamps.push(cpuClock());
      },
    });
  } finally {
    data.dispose();
    disposeModel(model);
  }
  const deltas = (ts: number[]) => ts.slice(warmup).map((t, i) => t - ts[warmup + i - 1]!);
  const ms = deltas(stamps);
  const result = {
    model: kind,
    batchSize,
    samplesPerSecond: (batchSize * 1000) / median(ms),
    msPerBatch: ms,
  };
  return cpuClock
    ? { ...result, cpuSamplesPerSecond: (batchSize * 1000) / median(deltas(cpuStamps)) }
    : result;
}

/**
 * A fit's warm-up: untimed batches (at least `warmup` of them and `warmupMs` long), then timed
 * ones (at least `timed` and `timedMs`), at most `maxBatches` in all: a fast model gets many
 * short batches, a slow one few long ones.
 */
export interface ProbeOptions {
  readonly warmup: number;
  readonly warmupMs: number;
  readonly timed: number;
  readonly timedMs: number;
  readonly maxBatches: number;
}

export const FIT_PROBE: ProbeOptions = Object.freeze({
  warmup: 3,
  warmupMs: 300,
  timed: 6,
  timedMs: 600,
  maxBatches: 48,
});

/** Digits the warm-up needs uploaded, of the fit's `limit`. */
export const probeDigits = (probe: ProbeOptions, batchSize: number, limit: number): number =>
  Math.min(limit, probe.maxBatches * batchSize);

/** The training speed measured where the fit will run (the Worker, or in-process in Node). */
export interface FitSpeed {
  /** The backend that ran the warm-up (and will run the fit). */
  readonly backend: string;
  readonly batchSize: number;
  /**
   * Training digits per second: from the median timed batch (per digit). A fit's minutes are
   * made of typical batches; a pause during the few seconds of the warm-up (a collection, a
   * burst of other work) says little about them — on this machine two such batches of six
   * made a trimmed mean 25 % slow, the median 5 %.
   */
  readonly samplesPerSecond: number;
  readonly msPerBatch: readonly number[];
  /** Wall time of the whole warm-up (model build, untimed and timed batches). */
  readonly probeSeconds: number;
}

/** A measured speed, checked (a Worker's `measured` message carries one). */
export const FitSpeedSchema = v.object({
  backend: text(200),
  batchSize: Positive,
  samplesPerSecond: Positive,
  msPerBatch: v.pipe(v.array(Finite), v.readonly()),
  probeSeconds: NonNegative,
});

/** A speed from a warm-up (a Worker's `measured` message) that an estimate can use. */
export function isFitSpeed(x: unknown): x is FitSpeed {
  return v.is(FitSpeedSchema, x);
}

/** What to train once the speed is known: the first `limit` digits, `epochs` times. */
export interface FitRun {
  readonly limit: number;
  readonly epochs: number;
  /** Evaluate on the test split afterwards (the live session never uses it: false). */
  readonly evaluate: boolean;
}

/**
 * Times a fit before it starts: a throwaway model of `kind` (the same seed, so the same
 * kernels and shapes) trains batches of `batchSize` on the already uploaded `data` (see
 * ProbeOptions), every batch synchronised; the timed ones give the speed. Short data (test
 * runs) gives fewer batches: the last ones are timed. The caller's model and data are
 * untouched.
 */
export async function probeFit(
  kind: ModelKind,
  data: SplitTensors,
  options: {
    readonly backend: string;
    readonly batchSize: number;
    readonly seed?: number;
    readonly probe?: ProbeOptions;
    readonly signal?: AbortSignal;
  },
): Promise<FitSpeed> {
  const start = performance.now();
  const { batchSize } = options;
  const probe = options.probe ?? FIT_PROBE;
  const full = Math.min(Math.floor(data.count / batchSize), probe.maxBatches);
  const count = full >= 1 ? full * batchSize : data.count;
  const model = buildModel(kind, options.seed === undefined ? {} : { seed: options.seed });
  const stop = new AbortController();
  const forward = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forward);
  const stamps: number[] = [];
  const sizes: number[] = [];
  /** Index of the last untimed batch, once the warm-up is over. */
  let warmEnd = -1;
  let epochStart = performance.now();
  try {
    epochStart = performance.now();
    await fitModel(
      model,
      { x: data.x, y: data.y, count, dispose: () => {} },
      {
        batchSize,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        reportMs: 0,
        signal: stop.signal,
        onBatch: (logs) => {
          const t = performance.now();
          const i = stamps.push(t) - 1;
          sizes.push(Math.min(batchSize, count - logs.batch * batchSize));
          if (warmEnd < 0) {
            if (i + 1 >= probe.warmup && t - epochStart >= probe.warmupMs) warmEnd = i;
          } else if (i - warmEnd >= probe.timed && t - stamps[warmEnd]! >= probe.timedMs) {
            stop.abort();
          }
        },
      },
    );
  } catch (error) {
    if (!stop.signal.aborted || options.signal?.aborted) throw error;
  } finally {
    options.signal?.removeEventListener('abort', forward);
    disposeModel(model);
  }
  // Data ran out first: the last batches are timed (all but the first, when there are two).
  if (warmEnd < 0 || warmEnd >= stamps.length - 1) {
    warmEnd = stamps.length >= 2 ? Math.min(probe.warmup, stamps.length - 1) - 1 : -1;
  }
  const begin = [epochStart, ...stamps];
  const ms = stamps.map((t, i) => t - begin[i]!).slice(warmEnd + 1);
  const msPerSample = median(ms.map((t, i) => t / (sizes[warmEnd + 1 + i] ?? batchSize)));
  return {
    backend: options.backend,
    batchSize,
    samplesPerSecond: msPerSample > 0 ? 1000 / msPerSample : Number.POSITIVE_INFINITY,
    msPerBatch: ms,
    probeSeconds: (performance.now() - start) / 1000,
  };
}
