import type { MnistSplit } from '../data/types.ts';
import { buildModel, INPUT_LAYOUT, type ModelKind } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import { fitModel } from './fit.ts';
import { splitToTensors } from './tensors.ts';

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
