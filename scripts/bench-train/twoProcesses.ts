// npx tsx scripts/bench-train/twoProcesses.ts [convnet|dense] [--rounds N]
//   What does the machine's second core give two independent trainings? Each round runs one Node
//   process training the model on wasm (SIMD, one thread) alone, then two identical processes at
//   the same time; the pair's summed samples/s over the solo's is the parallel gain (2.0 = the
//   second core is free, 1.0 = it gives nothing). Wall-clock medians of the timed batches; the
//   load average is printed per round because other sessions share the machine.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chooseBackend } from '../../src/ml/backend.ts';
import type { ModelKind } from '../../src/ml/models/buildModels.ts';
import { measureThroughput } from '../../src/ml/train/measureThroughput.ts';
import { loadDefaultFromDisk } from '../lib/accuracyBench.ts';
import { nodeWasmPaths } from '../lib/nodeWasmPaths.ts';

const args = process.argv.slice(2);
const kind: ModelKind = args.includes('dense') ? 'dense' : 'convnet';
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;

async function child(): Promise<void> {
  await chooseBackend({ prefer: ['wasm'], wasmPaths: nodeWasmPaths() });
  const data = await loadDefaultFromDisk();
  const timed = kind === 'dense' ? 30 : 10;
  const result = await measureThroughput(kind, data.train, { warmup: 3, timed });
  process.stdout.write(`${JSON.stringify({ sps: result.samplesPerSecond })}\n`);
}

function runChild(): Promise<number> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', self, kind, '--child'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`child exited ${code}`));
      else resolve((JSON.parse(line) as { sps: number }).sps);
    });
  });
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function parent(): Promise<void> {
  console.log(`${kind}, wasm SIMD 1 thread per process, ${os.cpus().length} CPUs`);
  const gains: number[] = [];
  for (let r = 1; r <= rounds; r += 1) {
    const before = load();
    const solo = await runChild();
    const pair = await Promise.all([runChild(), runChild()]);
    const sum = pair[0]! + pair[1]!;
    gains.push(sum / solo);
    console.log(
      `round ${r}: load ${before} | solo ${solo.toFixed(0)} | pair ${pair
        .map((x) => x.toFixed(0))
        .join(' + ')} = ${sum.toFixed(0)} samples/s | gain ${(sum / solo).toFixed(2)}×`,
    );
  }
  const sorted = [...gains].sort((a, b) => a - b);
  console.log(
    `gain median ${sorted[sorted.length >> 1]!.toFixed(2)}×, range ${sorted[0]!.toFixed(2)}–${sorted[
      sorted.length - 1
    ]!.toFixed(2)}×`,
  );
}

await (args.includes('--child') ? child() : parent());
