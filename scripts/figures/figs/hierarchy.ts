/**
 * Stand-in for the "spatial hierarchy" picture (cat.png): the same idea shown with the
 * lecture's own pretrained convnet (public/models/convnet) on a real MNIST digit — the digit,
 * then the strongest feature maps of each of its three conv layers (computed by
 * src/ml/inspect/activations.ts on the tfjs cpu backend), then the prediction.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import {
  channelOf,
  createInspector,
  type LayerActivation,
} from '../../../src/ml/inspect/activations.ts';
import { grayImage } from '../lib/draw.ts';
import type { FigureFile } from '../lib/figure.ts';
import type { DigitSource } from '../lib/mnist.ts';
import { pngDataUri } from '../lib/png.ts';
import { COLOR, image, line, rect, svgDoc, text } from '../lib/svg.ts';

const MODEL_DIR = new URL('../../../public/models/convnet/', import.meta.url);

/** The digit shown: the first 4 of the `mnist` package (as in the other digit figures). */
export const HIERARCHY_DIGIT = { label: 4, index: 0 } as const;
/** Maps shown per layer: the ones with the largest total activation for this digit. */
export const MAPS_PER_LAYER = 4;

export interface HierarchyData {
  readonly digit: readonly number[];
  readonly label: number;
  readonly layers: readonly LayerActivation[];
  readonly predicted: number;
  readonly probability: number;
}

/** Runs the digit through the committed convnet (cpu backend: same numbers on every run). */
export async function computeHierarchy(src: DigitSource): Promise<HierarchyData> {
  await tf.setBackend('cpu');
  await tf.ready();
  const json = JSON.parse(readFileSync(new URL('model.json', MODEL_DIR), 'utf8'));
  const bin = readFileSync(new URL('weights.bin', MODEL_DIR));
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    }),
  );
  try {
    const d = src.digit(HIERARCHY_DIGIT.label, HIERARCHY_DIGIT.index);
    const result = await createInspector(model).inspect(d.data.map((v) => v / 255));
    return {
      digit: d.data,
      label: d.label,
      layers: result.layers,
      predicted: result.predicted,
      probability: result.probabilities[result.predicted] ?? 0,
    };
  } finally {
    model.dispose();
  }
}

/** Channels of a layer ordered by total activation (largest first; ties by index). */
export function strongestMaps(layer: LayerActivation, count: number): number[] {
  const totals = Array.from({ length: layer.channels }, (_, k) =>
    channelOf(layer, k).reduce((s, v) => s + v, 0),
  );
  return totals
    .map((t, k) => ({ t, k }))
    .sort((a, b) => b.t - a.t || a.k - b.k)
    .slice(0, count)
    .map((e) => e.k);
}

/** White → deep blue by activation, as an RGB PNG scaled to the map's own maximum. */
function mapImage(x: number, y: number, size: number, values: Float32Array, side: number): string {
  let max = 0;
  for (const v of values) max = Math.max(max, v);
  const px = new Uint8Array(values.length * 3);
  values.forEach((v, i) => {
    const t = max > 0 ? Math.max(0, v) / max : 0;
    px[i * 3] = Math.round(255 + (25 - 255) * t);
    px[i * 3 + 1] = Math.round(255 + (70 - 255) * t);
    px[i * 3 + 2] = Math.round(255 + (160 - 255) * t);
  });
  return (
    image(x, y, size, size, pngDataUri(side, side, px, 3)) +
    rect(x, y, size, size, { stroke: COLOR.ink, sw: 1 })
  );
}

const LAYER_TEXT = [
  ['Шар 1', 'дрібні локальні шаблони:', 'штрихи, краї'],
  ['Шар 2', 'більші шаблони', 'з ознак шару 1'],
  ['Шар 3', 'абстрактні ознаки', 'цілої цифри'],
] as const;

export function hierarchySvg(data: HierarchyData): string {
  const body: string[] = [];
  const top = 60;
  const digitSize = 168;
  body.push(text(20 + digitSize / 2, 30, 'Вхід 28×28', { size: 18, weight: 'bold' }));
  body.push(grayImage(20, top, digitSize, { rows: 28, cols: 28, data: data.digit }));
  body.push(text(20 + digitSize / 2, top + digitSize + 22, `цифра «${data.label}»`, { size: 16 }));
  let x = 20 + digitSize + 56;
  const tile = 74;
  const gap = 8;
  data.layers.forEach((layer, i) => {
    const [name, line1, line2] = LAYER_TEXT[i] ?? [`Шар ${i + 1}`, '', ''];
    const w = 2 * tile + gap;
    body.push(
      line(x - 48, top + digitSize / 2, x - 10, top + digitSize / 2, { sw: 2, arrow: true }),
    );
    body.push(
      text(x + w / 2, 30, `${name}: ${layer.rows}×${layer.cols}×${layer.channels}`, {
        size: 18,
        weight: 'bold',
      }),
    );
    strongestMaps(layer, MAPS_PER_LAYER).forEach((k, j) => {
      const tx = x + (j % 2) * (tile + gap);
      const ty = top + Math.floor(j / 2) * (tile + gap) + (digitSize - 2 * tile - gap) / 2;
      body.push(mapImage(tx, ty, tile, channelOf(layer, k), layer.rows));
    });
    body.push(text(x + w / 2, top + digitSize + 22, line1, { size: 16 }));
    body.push(text(x + w / 2, top + digitSize + 44, line2, { size: 16 }));
    x += w + 56;
  });
  body.push(line(x - 48, top + digitSize / 2, x - 10, top + digitSize / 2, { sw: 2, arrow: true }));
  body.push(text(x + 50, 30, 'Прогноз', { size: 18, weight: 'bold' }));
  body.push(
    text(x + 50, top + digitSize / 2, String(data.predicted), {
      size: 64,
      weight: 'bold',
      fill: COLOR.blue,
    }),
  );
  const percent = (data.probability * 100).toFixed(1).replace('.', ',');
  body.push(text(x + 50, top + digitSize / 2 + 52, `${percent} %`, { size: 18 }));
  const width = x + 120;
  body.push(
    text(
      width / 2,
      top + digitSize + 82,
      'Найсильніші карти ознак кожного шару навченої згорткової мережі лекції',
      {
        size: 15,
        fill: COLOR.muted,
        italic: true,
      },
    ),
  );
  return svgDoc(
    {
      width,
      height: top + digitSize + 104,
      title: `Просторова ієрархія ознак: цифра ${data.label} в навченій згортковій мережі — від штрихів і країв до прогнозу ${data.predicted}`,
    },
    body,
  );
}

export async function hierarchyFigures(src: DigitSource): Promise<FigureFile[]> {
  const data = await computeHierarchy(src);
  return [{ path: 'figures/lec5/stand-ins/cat.svg', content: hierarchySvg(data) }];
}
