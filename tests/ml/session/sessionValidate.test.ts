import { describe, expect, it } from 'vitest';
import { parseSessionMessage, SESSION_TOPIC } from '../../../src/ml/session/busProtocol.ts';
import { createMirrorSession } from '../../../src/ml/session/mirrorSession.ts';
import { readPersistedSession } from '../../../src/ml/session/store.ts';
import type { CellSnapshot, SessionSnapshot } from '../../../src/ml/session/types.ts';
import {
  isCellOutput,
  isCellSnapshot,
  isSessionInfo,
  isSessionSnapshot,
} from '../../../src/ml/session/validate.ts';
import { busPair } from './helpers.ts';
import { snapshotWithFit } from './snapshots.ts';

const digits = (count: number) => ({
  kind: 'digits' as const,
  label: 'test_digits',
  pixels: new Uint8Array(count * 784),
  probabilities: new Float32Array(count * 10),
  labels: new Uint8Array(count),
});
const predictCell: CellSnapshot = {
  id: 'dense-predict',
  state: 'done',
  outputs: [{ kind: 'text', label: 'x', text: '1' }, digits(2)],
  status: '',
  backend: 'cpu',
};
const fitCell: CellSnapshot = {
  id: 'dense-fit',
  state: 'done',
  outputs: [{ kind: 'history', label: '', loss: [0.5, Number.NaN], accuracy: [0.8, 0.9] }],
  status: '',
  source: 'trained',
  trained: { epochs: 1, samples: 512, fits: 1, base: 'seed', at: 1 },
};
const info = snapshotWithFit().info;
const training = {
  kind: 'dense',
  cell: 'dense-fit',
  epoch: 1,
  epochs: 5,
  batch: 2,
  batches: 4,
  loss: 0.4,
  accuracy: 0.9,
  history: { loss: [], accuracy: [] },
  lines: ['Epoch 1/5'],
  etaSeconds: undefined,
  elapsedSeconds: 1,
  estimateSeconds: 3,
  fraction: 0.1,
  trainCount: 512,
};

describe('session validators (storage and bus)', () => {
  it('accept what the session produces', () => {
    expect(isCellSnapshot(predictCell)).toBe(true);
    expect(isCellSnapshot(fitCell)).toBe(true);
    expect(isCellSnapshot({ ...fitCell, notice: 'x' })).toBe(true);
    expect(isSessionInfo(info)).toBe(true);
    expect(isSessionInfo({ ...info, training, active: 'dense-fit', notice: 'n' })).toBe(true);
    expect(isSessionSnapshot(snapshotWithFit())).toBe(true);
    // Structured clone keeps the typed arrays (BroadcastChannel, IndexedDB).
    expect(isCellSnapshot(structuredClone(predictCell))).toBe(true);
  });

  it.each([
    ['a null output', { ...predictCell, outputs: [null] }],
    ['digits as plain arrays', { ...predictCell, outputs: [{ ...digits(1), probabilities: [] }] }],
    [
      'digits of mismatched sizes',
      { ...predictCell, outputs: [{ ...digits(2), labels: new Uint8Array(3) }] },
    ],
    ['an unknown output kind', { ...predictCell, outputs: [{ kind: 'image', label: '' }] }],
    ['a text output without text', { ...predictCell, outputs: [{ kind: 'text', label: '' }] }],
    [
      'a history of strings',
      { ...fitCell, outputs: [{ kind: 'history', label: '', loss: ['1'], accuracy: [] }] },
    ],
    ['an unknown state', { ...predictCell, state: 'finished' }],
    ['an unknown id', { ...predictCell, id: 'dense-train' }],
    ['a missing status', { ...predictCell, status: undefined }],
    ['a bad source', { ...fitCell, source: 'magic' }],
    ['a bad trained record', { ...fitCell, trained: { epochs: '1' } }],
    ['a numeric error', { ...fitCell, error: 1 }],
  ])('reject a cell with %s', (_, cell) => {
    expect(isCellSnapshot(cell)).toBe(false);
    expect(isCellOutput(null)).toBe(false);
  });

  it.each([
    ['no settings', { ...info, settings: undefined }],
    ['a bad training', { ...info, training: { ...training, history: null } }],
    ['training lines not strings', { ...info, training: { ...training, lines: [1] } }],
    ['a bad loading', { ...info, loading: { name: 'x', bytes: '1' } }],
    ['a bad data descriptor', { ...info, data: { id: 'full' } }],
    ['an unknown active cell', { ...info, active: 'nope' }],
    [
      'a choosing fit start without estimate',
      {
        ...info,
        fitStart: {
          id: 1,
          kind: 'dense',
          cell: 'dense-fit',
          phase: 'choosing',
          trainCount: 1,
          epochs: 1,
        },
      },
    ],
  ])('reject info with %s', (_, bad) => {
    expect(isSessionInfo(bad)).toBe(false);
  });

  it('reads stored cells one by one: keeps the valid ones, reports the dropped', () => {
    const stored = {
      version: 1,
      cells: [fitCell, { id: 'dense-evaluate', state: 'done', outputs: [null] }, 7],
    };
    expect(readPersistedSession(stored)).toEqual({
      cells: [fitCell],
      damaged: true,
      dropped: ['dense-evaluate'],
    });
    expect(readPersistedSession({ version: 1, cells: [fitCell] })?.damaged).toBe(false);
    expect(readPersistedSession(undefined)).toBeUndefined();
    expect(readPersistedSession({ version: 2, cells: {} })).toEqual({
      cells: [],
      damaged: true,
      dropped: [],
    });
    expect(readPersistedSession('garbage')?.damaged).toBe(true);
  });
});

describe('bus protocol: payloads are checked deeply', () => {
  const bad = { ...predictCell, outputs: [{ ...digits(1), probabilities: {} }] };

  it('drops malformed cell, info and snapshot messages', () => {
    expect(parseSessionMessage({ v: 1, type: 'cell', cell: predictCell, info })).toBeDefined();
    expect(parseSessionMessage({ v: 1, type: 'cell', cell: bad, info })).toBeUndefined();
    expect(
      parseSessionMessage({ v: 1, type: 'info', info: { ...info, training: { kind: 'dense' } } }),
    ).toBeUndefined();
    const snap = snapshotWithFit();
    expect(parseSessionMessage({ v: 1, type: 'snapshot', snapshot: snap })).toBeDefined();
    const cells = { ...snap.cells, 'dense-predict': bad };
    expect(
      parseSessionMessage({ v: 1, type: 'snapshot', snapshot: { ...snap, cells } }),
    ).toBeUndefined();
    // A cell filed under another cell's id would overwrite it in the mirror.
    const swapped = { ...snap.cells, 'dense-fit': predictCell };
    expect(
      parseSessionMessage({ v: 1, type: 'snapshot', snapshot: { ...snap, cells: swapped } }),
    ).toBeUndefined();
  });

  it('the audience window ignores a malformed message from another tab', async () => {
    const [tab, audienceBus] = busPair();
    const mirror = createMirrorSession({ bus: audienceBus });
    const seen: SessionSnapshot[] = [];
    const failures: unknown[] = [];
    // A listener that reads the outputs as the cell view does.
    mirror.subscribe((s) => {
      seen.push(s);
      try {
        for (const o of s.cells['dense-predict'].outputs) {
          if (o.kind === 'digits') o.probabilities.subarray(0, 10);
        }
      } catch (error) {
        failures.push(error);
      }
    });
    tab.post(SESSION_TOPIC, { v: 1, type: 'cell', cell: bad, info });
    tab.post(SESSION_TOPIC, { v: 1, type: 'cell', cell: predictCell, info });
    await new Promise((r) => setTimeout(r, 10));
    expect(failures).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(mirror.snapshot().cells['dense-predict'].outputs).toHaveLength(2);
    mirror.dispose();
  });
});

describe('session schemas: bounds the hand-written guards did not check', () => {
  it.each([
    ['a fractional epoch count', { ...fitCell, trained: { ...fitCell.trained, epochs: 1.5 } }],
    ['an endless status', { ...predictCell, status: 'x'.repeat(20_000) }],
    ['an endless notice', { ...predictCell, notice: 'x'.repeat(20_000) }],
    [
      'an endless output label',
      { ...predictCell, outputs: [{ kind: 'text', label: 'l'.repeat(300), text: '' }] },
    ],
  ])('reject a cell with %s', (_, cell) => {
    expect(isCellSnapshot(cell)).toBe(false);
  });

  it.each([
    ['a fractional batch size', { ...info, settings: { ...info.settings, batchSize: 1.5 } }],
    ['a zero time budget', { ...info, settings: { ...info.settings, budgetSeconds: 0 } }],
    ['a fractional batch in training', { ...info, training: { ...training, batch: 0.5 } }],
  ])('reject info with %s', (_, bad) => {
    expect(isSessionInfo(bad)).toBe(false);
  });
});
