/// <reference lib="webworker" />
// One replica of data-parallel training (trainParallel.ts): same seed, same data, own shard.
import * as tf from '@tensorflow/tfjs';
import { chooseBackend } from '../backend.ts';
import { loadMnistAsset } from '../data/loadAsset.ts';
import { mulberry32, permutation } from '../data/random.ts';
import { buildModel, INPUT_LAYOUT } from '../models/buildModels.ts';
import { countCorrect, sparseCategoricalCrossentropy } from '../train/metrics.ts';
import type { SplitTensors } from '../train/tensors.ts';
import { splitToTensors } from '../train/tensors.ts';
import { WASM_URLS } from '../wasmUrls.ts';
import type { FromShard, ToShard } from './parallelProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromShard, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

interface Replica {
  readonly model: tf.LayersModel;
  readonly vars: tf.Variable[];
  readonly data: SplitTensors;
  readonly seed: number;
  readonly shard: number;
  readonly shards: number;
  order?: { epoch: number; tensor: tf.Tensor1D };
}
let replica: Replica | undefined;

function apply(r: Replica, flat: Float32Array): void {
  const named: Record<string, tf.Tensor> = {};
  let offset = 0;
  for (const v of r.vars) {
    named[v.name] = tf.tensor(flat.subarray(offset, offset + v.size), v.shape);
    offset += v.size;
  }
  r.model.optimizer.applyGradients(named);
  tf.dispose(Object.values(named));
}

function step(
  r: Replica,
  epoch: number,
  from: number,
  size: number,
): Omit<Extract<FromShard, { type: 'grads' }>, 'ms'> {
  if (r.order?.epoch !== epoch) {
    r.order?.tensor.dispose();
    const random = mulberry32(r.seed * 1000 + epoch);
    r.order = {
      epoch,
      tensor: tf.tensor1d(Int32Array.from(permutation(r.data.count, random)), 'int32'),
    };
  }
  const lo = from + Math.floor((size * r.shard) / r.shards);
  const hi = from + Math.floor((size * (r.shard + 1)) / r.shards);
  const order = r.order.tensor;
  const tensors = tf.tidy(() => {
    const idx = order.slice(lo, hi - lo);
    const xb = tf.gather(r.data.x, idx);
    const yb = tf.gather(r.data.y, idx);
    let hits: tf.Scalar | undefined;
    const { value, grads: g } = tf.variableGrads(() => {
      const probs = r.model.apply(xb, { training: true }) as tf.Tensor;
      hits = tf.keep(countCorrect(probs, yb));
      // this shard's share of the full batch's mean loss: the shards' gradients add up
      return tf.mul(sparseCategoricalCrossentropy(probs, yb), (hi - lo) / size) as tf.Scalar;
    }, r.vars);
    const flat = tf.concat(r.vars.map((v) => tf.reshape(g[v.name]!, [-1])));
    return [value, hits ?? tf.scalar(0), flat];
  });
  const [loss, correct, grads] = tensors.map((t) => t.dataSync() as Float32Array);
  tf.dispose(tensors);
  return {
    type: 'grads',
    loss: (loss?.[0] ?? 0) * size,
    correct: correct?.[0] ?? 0,
    grads: new Float32Array(grads ?? []),
  };
}

async function init(m: Extract<ToShard, { type: 'init' }>): Promise<FromShard> {
  const choice = await chooseBackend({ wasmPaths: WASM_URLS });
  const all = await loadMnistAsset(m.dataUrl);
  const model = buildModel(m.kind, { seed: m.seed });
  const data = splitToTensors(all.train, INPUT_LAYOUT[m.kind], m.limit ?? all.train.count);
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  replica = { model, vars, data, seed: m.seed, shard: m.shard, shards: m.shards };
  return { type: 'ready', backend: choice.name, trainCount: data.count };
}

scope.onmessage = (event: MessageEvent<ToShard>) => {
  const m = event.data;
  const run = async (): Promise<void> => {
    if (m.type === 'init') return post(await init(m));
    if (!replica) throw new Error('shard worker: not initialised');
    const start = performance.now();
    if (m.apply) apply(replica, m.apply);
    if (m.type === 'apply') return post({ type: 'applied' });
    const out = { ...step(replica, m.epoch, m.from, m.size), ms: performance.now() - start };
    post(out, [out.grads.buffer]);
  };
  run().catch((error: unknown) => post({ type: 'error', message: String(error) }));
};
