// The native peer of bench:train: the lecture's models trained by PyTorch on the CPU, in the same
// run (scripts/bench-train/torch_peer.py), so that tfjs's figures come with a ratio that holds on
// a noisy shared machine.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ModelKind } from '../../src/ml/models/buildModels.ts';
import { mnistPackageDir } from './mnistPackage.ts';

export interface PeerRow {
  readonly model: ModelKind;
  readonly samplesPerSecond: number;
  readonly msPerBatch: readonly number[];
}

export type PeerResult =
  | {
      readonly ok: true;
      readonly torch: string;
      readonly threads: number;
      readonly rows: readonly PeerRow[];
    }
  | { readonly ok: false; readonly reason: string };

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '../bench-train/torch_peer.py');
const MODELS: readonly ModelKind[] = ['dense', 'convnet'];

const isPositive = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Reads the peer script's JSON line; anything else is a reason, never a throw. */
export function parsePeerOutput(text: string): PeerResult {
  let value: unknown;
  try {
    value = JSON.parse(text.trim().split('\n').at(-1) ?? '');
  } catch {
    return { ok: false, reason: `unreadable output: ${text.trim().slice(0, 120)}` };
  }
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' };
  const { torch, threads, rows } = value as Record<string, unknown>;
  if (typeof torch !== 'string' || !isPositive(threads) || !Array.isArray(rows)) {
    return { ok: false, reason: 'missing torch, threads or rows' };
  }
  const parsed: PeerRow[] = [];
  for (const row of rows as unknown[]) {
    const r = row as Record<string, unknown>;
    const model = MODELS.find((m) => m === r.model);
    const ms = r.msPerBatch;
    if (!model || !isPositive(r.samplesPerSecond) || !Array.isArray(ms) || !ms.every(isPositive)) {
      return { ok: false, reason: `bad row ${JSON.stringify(row).slice(0, 120)}` };
    }
    parsed.push({ model, samplesPerSecond: r.samplesPerSecond, msPerBatch: ms as number[] });
  }
  return { ok: true, torch, threads, rows: parsed };
}

/**
 * Trains both models with PyTorch on the CPU when /usr/bin/python3 has torch
 * (`apt-get install python3-torch libopenblas0-pthread`); otherwise says why it skipped.
 */
export function runTorchPeer(batches: { warmup: number; timed: number }): PeerResult {
  const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return {
      ok: false,
      reason: `${PYTHON} has no torch (apt-get install python3-torch libopenblas0-pthread)`,
    };
  }
  const data = join(mnistPackageDir(), 'data');
  const run = spawnSync(
    PYTHON,
    [
      SCRIPT,
      join(data, 'train-images-idx3-ubyte'),
      join(data, 'train-labels-idx1-ubyte'),
      '--warmup',
      String(batches.warmup),
      '--timed',
      String(batches.timed),
    ],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (run.error || run.status !== 0) {
    return {
      ok: false,
      reason: `torch_peer.py failed: ${(run.stderr || String(run.error)).trim().slice(-300)}`,
    };
  }
  return parsePeerOutput(run.stdout);
}
