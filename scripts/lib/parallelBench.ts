import type { ModelKind } from '../../src/ml/models/buildModels.ts';
import { withHarnessPage } from './browserBench.ts';

export interface ParallelRow {
  readonly model: ModelKind;
  readonly shards: number;
  readonly samplesPerSecond: number;
}

/** Data-parallel training speed in headless chromium (workers × wasm), batch 128. */
export async function runParallelBench(
  models: readonly ('dense' | 'convnet')[],
  shards: number,
  batches: { readonly warmup: number; readonly timed: number },
  log: (line: string) => void,
): Promise<ParallelRow[]> {
  return withHarnessPage(async (page) => {
    const rows: ParallelRow[] = [];
    for (const model of models) {
      const limit = (batches.warmup + batches.timed) * 128;
      const check = await page.evaluate(([m, s, l, w]) => window.checkParallel(m, s, l, 1, w), [
        model,
        shards,
        limit,
        batches.warmup,
      ] as const);
      log(
        `  chromium wasm ×${shards} workers ${model}: ${check.samplesPerSecond.toFixed(0)} samples/s (worker compute ${check.workerMs.toFixed(0)} ms/batch)`,
      );
      rows.push({ model, shards, samplesPerSecond: check.samplesPerSecond });
    }
    return rows;
  });
}
