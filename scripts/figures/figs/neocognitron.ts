/**
 * Stand-in for Fukushima's neocognitron diagram (neocognitron.png), drawn from a typed spec
 * like the other architecture figures: an input layer, then stages that alternate S-layers
 * (local feature extraction, like Hubel and Wiesel's simple cells) and C-layers (pooling that
 * tolerates shifts, like complex cells). Plane sizes and counts only shape the drawing: they
 * are relative, and the figure prints no numbers the lecture does not give.
 */
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, line, n, rect, svgDoc, text } from '../lib/svg.ts';

export type NeoLayer =
  | { readonly kind: 'input'; readonly name: string }
  | { readonly kind: 'S' | 'C'; readonly name: string; readonly stage: number };

/** Fukushima (1980): U0, then three S/C stages; the last C-layer recognises the pattern. */
export const NEOCOGNITRON: readonly NeoLayer[] = [
  { kind: 'input', name: 'U0' },
  ...[1, 2, 3].flatMap((stage): NeoLayer[] => [
    { kind: 'S', name: `US${stage}`, stage },
    { kind: 'C', name: `UC${stage}`, stage },
  ]),
];

const STYLE = {
  input: { fill: COLOR.gray, stroke: COLOR.muted },
  S: { fill: COLOR.lightBlue, stroke: COLOR.blue },
  C: { fill: COLOR.lightOrange, stroke: COLOR.orange },
} as const;

/** Drawing size of a layer's planes: smaller and more numerous deeper in the network. */
export function planeLayout(layer: NeoLayer): { size: number; planes: number } {
  if (layer.kind === 'input') return { size: 96, planes: 1 };
  const shrink = layer.kind === 'S' ? 0 : 1;
  const level = (layer.stage - 1) * 2 + shrink;
  return { size: Math.round(86 - level * 12), planes: 3 + layer.stage };
}

function planes(x: number, cy: number, layer: NeoLayer): { svg: string; right: number } {
  const { size, planes: count } = planeLayout(layer);
  const style = STYLE[layer.kind];
  const step = 7;
  const parts: string[] = [];
  for (let k = count - 1; k >= 0; k--) {
    parts.push(
      rect(x + k * step, cy - size / 2 - k * step, size, size, {
        fill: style.fill,
        stroke: style.stroke,
        sw: 1.4,
        rx: 3,
      }),
    );
  }
  return { svg: parts.join(''), right: x + (count - 1) * step + size };
}

function sub(name: string): string {
  return `${name.slice(0, 1)}<tspan font-size="70%" dy="5">${name.slice(1)}</tspan>`;
}

function diagram(): string {
  const cy = 150;
  const gap = 26;
  let x = 30;
  const body: string[] = [];
  const centres: { cx: number; left: number; right: number; layer: NeoLayer }[] = [];
  NEOCOGNITRON.forEach((layer, i) => {
    const p = planes(x, cy, layer);
    body.push(p.svg);
    centres.push({ cx: (x + p.right) / 2, left: x, right: p.right, layer });
    body.push(
      `<text x="${n((x + p.right) / 2)}" y="${n(cy + 80)}" font-size="20" font-weight="bold" text-anchor="middle" dominant-baseline="central" fill="${COLOR.ink}">${sub(layer.name)}</text>`,
    );
    if (i < NEOCOGNITRON.length - 1) {
      body.push(line(p.right + 4, cy, p.right + gap - 4, cy, { sw: 1.8, arrow: true }));
    }
    x = p.right + gap;
  });
  const width = x - gap + 30;
  // Stage brackets.
  for (const stage of [1, 2, 3]) {
    const inStage = centres.filter((c) => c.layer.kind !== 'input' && c.layer.stage === stage);
    const left = inStage[0]?.left ?? 0;
    const right = inStage[1]?.right ?? 0;
    body.push(line(left, 40, right, 40, { stroke: COLOR.muted, sw: 1.5 }));
    body.push(text((left + right) / 2, 26, `стадія ${stage}`, { size: 16, fill: COLOR.muted }));
  }
  body.push(text(centres[0]?.cx ?? 0, 26, 'вхід', { size: 16, fill: COLOR.muted }));
  // Legend.
  const ly = 268;
  body.push(
    rect(40, ly - 10, 20, 20, { fill: STYLE.S.fill, stroke: STYLE.S.stroke, sw: 1.4, rx: 3 }),
  );
  body.push(
    text(70, ly, 'S-шар: виділяє локальні ознаки (як прості клітини)', {
      size: 17,
      anchor: 'start',
    }),
  );
  body.push(
    rect(40, ly + 22, 20, 20, { fill: STYLE.C.fill, stroke: STYLE.C.stroke, sw: 1.4, rx: 3 }),
  );
  body.push(
    text(70, ly + 32, "C-шар: об'єднує їх, стійкий до зсуву (як складні клітини)", {
      size: 17,
      anchor: 'start',
    }),
  );
  body.push(
    text(width - 30, ly + 64, 'Фукусіма, 1980: ієрархія ознак — попередник згорткових мереж', {
      size: 15,
      fill: COLOR.muted,
      italic: true,
      anchor: 'end',
    }),
  );
  return svgDoc(
    {
      width,
      height: ly + 86,
      title:
        'Неокогнітрон Фукусіми (схема): вхід U0 і три стадії, у кожній S-шар виділяє локальні ' +
        "ознаки, а C-шар їх об'єднує",
    },
    body,
  );
}

export function neocognitronFigures(): FigureFile[] {
  return [{ path: 'figures/lec5/stand-ins/neocognitron.svg', content: diagram() }];
}
