// npm run bench:train [-- --quick] [--no-node] [--no-browser] [--no-accuracy] [--epochs N]
//                      [--parallel] (also data-parallel training across 2 Workers, experimental)
//   Training speed (samples/s, batch 128, median of timed batches after warm-up) for both lecture
//   models in Node (wasm, cpu) and headless chromium (webgl via SwiftShader, wasm, cpu), and the
//   test accuracy after N (5) epochs on the embedded 8,000-digit split, evaluated on the real
//   10,000 test digits from ../shared/data/mnist. Prints a table, writes bench-results/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { type BackendName, chooseBackend } from '../src/ml/backend.ts';
import type { ModelKind } from '../src/ml/models/buildModels.ts';
import { measureThroughput, type ThroughputOptions } from '../src/ml/train/measureThroughput.ts';
import { type AccuracyRow, loadDefaultFromDisk, trainAndEvaluate } from './lib/accuracyBench.ts';
import { runBrowserBench } from './lib/browserBench.ts';
import { nodeWasmPaths } from './lib/nodeWasmPaths.ts';
import { type ParallelRow, runParallelBench } from './lib/parallelBench.ts';
import { readSharedTestSet } from './lib/sharedMnist.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const quick = flag('--quick');
const epochsAt = args.indexOf('--epochs');
const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : 5;
const models: ModelKind[] = ['dense', 'convnet'];
const log = (line: string) => console.log(line);

/** Timed batches per backend and model; cpu is slow, so it gets fewer. */
function plan(backend: BackendName): Record<ModelKind, ThroughputOptions> {
  const base = quick ? { warmup: 2, timed: 4 } : { warmup: 3, timed: 10 };
  const slow = quick ? { warmup: 1, timed: 2 } : { warmup: 1, timed: 4 };
  const webgl = quick ? { warmup: 5, timed: 4 } : { warmup: 6, timed: 8 };
  const pick = backend === 'webgl' ? webgl : base;
  return {
    dense: pick,
    convnet: backend === 'cpu' ? slow : pick,
    convnetNoPool: backend === 'cpu' ? slow : pick,
  };
}

interface SpeedRow {
  readonly where: 'node' | 'chromium';
  readonly backend: string;
  readonly detail: string;
  readonly model: ModelKind;
  readonly samplesPerSecond: number;
  readonly cpuSamplesPerSecond?: number;
  readonly msPerBatch: readonly number[];
}

async function main(): Promise<void> {
  const speed: SpeedRow[] = [];
  const accuracy: AccuracyRow[] = [];
  const data = await loadDefaultFromDisk();
  log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${os.cpus().length} cores`,
  );
  if (!flag('--no-node')) {
    for (const backend of ['wasm', 'cpu'] as const) {
      const choice = await chooseBackend({ prefer: [backend], wasmPaths: nodeWasmPaths() });
      for (const model of models) {
        const cpuClock = () => process.cpuUsage().user / 1000;
        const r = await measureThroughput(model, data.train, { ...plan(backend)[model], cpuClock });
        log(
          `  node ${choice.name} ${model}: ${r.samplesPerSecond.toFixed(0)} samples/s ` +
            `(${r.cpuSamplesPerSecond?.toFixed(0)} per CPU-second)`,
        );
        speed.push({ where: 'node', backend: choice.name, detail: choice.detail, ...r });
      }
    }
  }
  if (!flag('--no-browser')) {
    const backends: BackendName[] = quick ? ['wasm', 'cpu'] : ['webgl', 'wasm', 'cpu'];
    const rows = await runBrowserBench(
      backends.map((backend) => ({ backend, models, options: plan(backend) })),
      log,
    );
    for (const row of rows) speed.push({ where: 'chromium', ...row });
  }
  let parallel: ParallelRow[] = [];
  if (flag('--parallel')) {
    const batches = quick ? { warmup: 2, timed: 4 } : { warmup: 3, timed: 10 };
    parallel = await runParallelBench(['dense', 'convnet'], 2, batches, log);
  }
  if (!flag('--no-accuracy') && !(quick && !flag('--accuracy'))) {
    const test = await readSharedTestSet();
    if (!test) log('  ../shared/data/mnist not found: accuracy skipped');
    else {
      await chooseBackend({ prefer: ['wasm'], wasmPaths: nodeWasmPaths() });
      for (const model of models) {
        const row = await trainAndEvaluate(
          model,
          data.train,
          { split: test, name: 'MNIST t10k' },
          epochs,
          1,
          log,
        );
        log(`  ${model}: test accuracy ${(row.testAccuracy * 100).toFixed(2)} %`);
        accuracy.push(row);
      }
    }
  }
  printTables(speed, accuracy);
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/train-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  const meta = {
    date: new Date().toISOString(),
    quick,
    loadavg: os.loadavg(),
    cores: os.cpus().length,
    batchSize: 128,
  };
  writeFileSync(
    file,
    `${JSON.stringify({ ...meta, data: data.descriptor, speed, parallel, accuracy }, null, 2)}\n`,
  );
  log(`\nwritten ${file}`);
}

function printTables(speed: readonly SpeedRow[], accuracy: readonly AccuracyRow[]): void {
  log('\nsamples/s, batch 128 (median of timed batches after warm-up)');
  log('(in brackets: per CPU-second of the Node process, robust when other jobs load the machine)');
  log(
    `${'where'.padEnd(10)}${'backend'.padEnd(9)}${'dense'.padStart(16)}${'convnet'.padStart(16)}`,
  );
  const keys = [...new Set(speed.map((r) => `${r.where}|${r.backend}`))];
  for (const key of keys) {
    const [where = '', backend = ''] = key.split('|');
    const cell = (m: ModelKind) => {
      const r = speed.find((s) => s.where === where && s.backend === backend && s.model === m);
      if (!r) return '—'.padStart(16);
      const cpu = r.cpuSamplesPerSecond ? ` (${r.cpuSamplesPerSecond.toFixed(0)})` : '';
      return `${r.samplesPerSecond.toFixed(0)}${cpu}`.padStart(16);
    };
    log(`${where.padEnd(10)}${backend.padEnd(9)}${cell('dense')}${cell('convnet')}`);
  }
  if (accuracy.length > 0) {
    log(
      `\ntest accuracy after ${accuracy[0]?.epochs} epochs (train: ${accuracy[0]?.trainCount} embedded digits)`,
    );
    for (const r of accuracy) {
      log(
        `${r.model.padEnd(10)}${(r.testAccuracy * 100).toFixed(2).padStart(7)} %  loss ${r.testLoss.toFixed(4)}  on ${r.testCount} ${r.testName}  (${r.seconds.toFixed(0)} s)`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
