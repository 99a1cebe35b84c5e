/**
 * Where a training step's time goes: trains the lecture's model (batch 128) in Node on the wasm
 * (or cpu) backend with two kernel sets measured alternately in the same run (the machine is
 * shared: compare A with B, not with yesterday), then profiles one step per set kernel by kernel
 * (CPU time of every kernel call over `steps` steps, median per kernel; a custom kernel's time
 * includes the stock kernels it calls).
 *
 *   npx tsx scripts/profile-train.ts [convnet|dense] [--backend wasm|cpu] [--rounds 3]
 *       [--steps 4] [--a convFilter,convInput] [--b <FAST_KERNELS of the backend>] [--top 25]
 *
 * Samples per CPU-second (process.cpuUsage) are the figure to compare; wall-clock is printed too.
 */
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { chooseBackend } from '../src/ml/backend.ts';
import {
  FAST_KERNELS,
  type FastKernel,
  installFastKernels,
} from '../src/ml/kernels/installFastKernels.ts';
import { buildModel, INPUT_LAYOUT, type ModelKind } from '../src/ml/models/buildModels.ts';
import { disposeModel } from '../src/ml/models/kerasRmsprop.ts';
import { splitToTensors } from '../src/ml/train/tensors.ts';
import { loadDefaultFromDisk } from './lib/accuracyBench.ts';
import { nodeWasmPaths } from './lib/nodeWasmPaths.ts';

/** Installs a kernel set; returns the function that restores the previous kernels. */
export type KernelSet = () => () => void;

export interface SetResult {
  readonly name: string;
  readonly perCpuSecond: number;
  readonly perWallSecond: number;
  /** Kernel "name [input shapes]" → ms per step (median over the profiled steps). */
  readonly kernels: ReadonlyMap<string, number>;
  readonly profiledWallMs: number;
}

export interface ProfileOptions {
  readonly kind: ModelKind;
  readonly rounds: number;
  readonly steps: number;
  readonly batchSize?: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * CPU milliseconds per kernel ("name [input shapes]") in one call of `run`: every kernel of the
 * current backend is wrapped to read process.cpuUsage() around its call (wasm kernels run
 * synchronously on this thread, so this is their own work, whatever else loads the machine).
 * Times nest: a kernel that calls others includes theirs.
 */
export async function cpuProfile(run: () => Promise<void>): Promise<Map<string, number>> {
  const backend = tf.getBackend();
  const configs = tf.getKernelsForBackend(backend);
  const times = new Map<string, number>();
  for (const config of configs) {
    tf.unregisterKernel(config.kernelName, backend);
    tf.registerKernel({
      ...config,
      kernelFunc: (args) => {
        const c0 = process.cpuUsage();
        try {
          return config.kernelFunc(args);
        } finally {
          const c = process.cpuUsage(c0);
          const shapes = Object.values(args.inputs).map((t) => t?.shape ?? null);
          const key = `${config.kernelName} ${JSON.stringify(shapes)}`;
          times.set(key, (times.get(key) ?? 0) + (c.user + c.system) / 1000);
        }
      },
    });
  }
  try {
    await run();
  } finally {
    for (const config of configs) {
      tf.unregisterKernel(config.kernelName, backend);
      tf.registerKernel(config);
    }
  }
  return times;
}

/** Measures `sets` alternately on the current backend (chooseBackend it first, fastKernels off). */
export async function profileSets(
  sets: Readonly<Record<string, KernelSet>>,
  options: ProfileOptions,
): Promise<SetResult[]> {
  const batch = options.batchSize ?? 128;
  const data = await loadDefaultFromDisk();
  const train = splitToTensors(data.train, INPUT_LAYOUT[options.kind], batch);
  const xs = train.x;
  const ys = tf.tidy(() => train.y.cast('float32'));
  const model = buildModel(options.kind, { seed: 1 });
  const cpu = new Map<string, number[]>();
  const wall = new Map<string, number[]>();
  const step = async () => {
    await model.trainOnBatch(xs, ys);
  };
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, install] of Object.entries(sets)) {
      const restore = install();
      await step();
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      for (let i = 0; i < options.steps; i++) await step();
      const c = process.cpuUsage(c0);
      const w = performance.now() - w0;
      restore();
      const samples = options.steps * batch;
      cpu.set(name, [...(cpu.get(name) ?? []), samples / ((c.user + c.system) / 1e6)]);
      wall.set(name, [...(wall.get(name) ?? []), samples / (w / 1000)]);
    }
  }
  const results: SetResult[] = [];
  for (const [name, install] of Object.entries(sets)) {
    const restore = install();
    await step();
    const perStep: Map<string, number>[] = [];
    const walls: number[] = [];
    for (let i = 0; i < options.steps; i++) {
      const w0 = performance.now();
      perStep.push(await cpuProfile(step));
      walls.push(performance.now() - w0);
    }
    restore();
    const kernels = new Map<string, number>();
    for (const key of new Set(perStep.flatMap((m) => [...m.keys()]))) {
      kernels.set(key, median(perStep.map((m) => m.get(key) ?? 0)));
    }
    const profiledWallMs = median(walls);
    results.push({
      name,
      perCpuSecond: median(cpu.get(name) ?? []),
      perWallSecond: median(wall.get(name) ?? []),
      kernels,
      profiledWallMs,
    });
  }
  xs.dispose();
  ys.dispose();
  train.dispose();
  disposeModel(model);
  return results;
}

/** A markdown table: one row per kernel (the `top` slowest in any set), one column per set. */
export function kernelTable(results: readonly SetResult[], top: number): string {
  const keys = new Map<string, number>();
  for (const r of results) {
    for (const [k, ms] of r.kernels) keys.set(k, Math.max(keys.get(k) ?? 0, ms));
  }
  const rows = [...keys.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const head = `| kernel [input shapes] | ${results.map((r) => `${r.name}, CPU ms`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '--:').join('|')}|`;
  const body = rows.map(
    ([k]) => `| ${k} | ${results.map((r) => r.kernels.get(k)?.toFixed(1) ?? '—').join(' | ')} |`,
  );
  const total = `| **all kernels (nested, so > wall)** | ${results
    .map((r) => [...r.kernels.values()].reduce((a, b) => a + b, 0).toFixed(0))
    .join(' | ')} |`;
  const wallRow = `| **profiled step, wall ms** | ${results.map((r) => r.profiledWallMs.toFixed(0)).join(' | ')} |`;
  return [head, rule, ...body, total, wallRow].join('\n');
}

export function summary(results: readonly SetResult[]): string {
  return results
    .map(
      (r) =>
        `${r.name}: ${r.perCpuSecond.toFixed(0)} samples per CPU-second, ${r.perWallSecond.toFixed(0)} per wall-second`,
    )
    .join('\n');
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const kind = (args.find(
    (a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--'),
  ) ?? 'convnet') as ModelKind;
  const backend = (option(args, 'backend') ?? 'wasm') as 'wasm' | 'cpu';
  const list = (v: string | undefined, d: readonly FastKernel[]) =>
    v === undefined ? d : (v.split(',').filter(Boolean) as FastKernel[]);
  const a = list(option(args, 'a'), ['convFilter', 'convInput']);
  const b = list(option(args, 'b'), FAST_KERNELS[backend] ?? []);
  await chooseBackend({ prefer: [backend], wasmPaths: nodeWasmPaths(), fastKernels: false });
  const results = await profileSets(
    {
      [`A (${a.join(', ') || 'stock'})`]: () => installFastKernels(backend, a),
      [`B (${b.join(', ') || 'stock'})`]: () => installFastKernels(backend, b),
    },
    {
      kind,
      rounds: Number(option(args, 'rounds') ?? 3),
      steps: Number(option(args, 'steps') ?? 4),
    },
  );
  console.log(`${kind} on ${backend}, batch 128`);
  console.log(summary(results));
  console.log(kernelTable(results, Number(option(args, 'top') ?? 25)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
