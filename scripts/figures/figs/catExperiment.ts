/**
 * Stand-in for the photograph of Hubel and Wiesel's experiment (catH.png): a schematic of what
 * the lecture describes — a light bar on a screen in front of a cat, an electrode in the visual
 * cortex, and a neuron that fires for one orientation of the bar and hardly for the others.
 * The spike trains are illustrative (a fixed pattern), not recorded data; the caption says so.
 */
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, circle, group, line, n, path, rect, svgDoc, text } from '../lib/svg.ts';

/** Bar orientations shown, and how many spikes the neuron fires in the 1-s window for each. */
export const TUNING: readonly { readonly degrees: number; readonly spikes: number }[] = [
  { degrees: 0, spikes: 1 },
  { degrees: 45, spikes: 3 },
  { degrees: 90, spikes: 14 },
  { degrees: 135, spikes: 2 },
];

/** Evenly spread spike times in [0, 1) with a fixed jitter (no randomness: reproducible). */
export function spikeTimes(count: number): number[] {
  const jitter = [0.31, -0.22, 0.12, -0.37, 0.27, -0.08, 0.19, -0.29, 0.04, 0.35, -0.15, 0.22];
  return Array.from({ length: count }, (_, i) => {
    const t = (i + 0.5 + 0.8 * (jitter[i % jitter.length] ?? 0)) / count;
    return Math.min(0.98, Math.max(0.02, t));
  });
}

function cat(x: number, y: number): string {
  const fur = '#c9a27a';
  const dark = '#7a5a3a';
  return group(
    [
      path(`M${n(x - 58)} ${n(y - 30)}L${n(x - 44)} ${n(y - 92)}L${n(x - 10)} ${n(y - 52)}Z`, {
        fill: fur,
        stroke: dark,
        sw: 2,
      }),
      path(`M${n(x + 58)} ${n(y - 30)}L${n(x + 44)} ${n(y - 92)}L${n(x + 10)} ${n(y - 52)}Z`, {
        fill: fur,
        stroke: dark,
        sw: 2,
      }),
      `<ellipse cx="${n(x)}" cy="${n(y)}" rx="70" ry="58" fill="${fur}" stroke="${dark}" stroke-width="2"/>`,
      circle(x + 26, y - 8, 9, { fill: '#2d3a2a' }),
      circle(x - 26, y - 8, 9, { fill: '#2d3a2a' }),
      path(`M${n(x - 7)} ${n(y + 14)}L${n(x + 7)} ${n(y + 14)}L${n(x)} ${n(y + 22)}Z`, {
        fill: dark,
        stroke: dark,
        sw: 1,
      }),
      line(x + 30, y + 22, x + 78, y + 16, { stroke: dark, sw: 1.2 }),
      line(x + 30, y + 28, x + 78, y + 32, { stroke: dark, sw: 1.2 }),
      line(x - 30, y + 22, x - 78, y + 16, { stroke: dark, sw: 1.2 }),
      line(x - 30, y + 28, x - 78, y + 32, { stroke: dark, sw: 1.2 }),
    ],
    undefined,
  );
}

/** A screen with a light bar at `degrees` (0 = horizontal), centred at (cx, cy). */
function screen(cx: number, cy: number, w: number, h: number, degrees: number, bar: number) {
  return [
    rect(cx - w / 2, cy - h / 2, w, h, { fill: '#1d2330', stroke: COLOR.ink, sw: 2, rx: 4 }),
    `<rect x="${n(cx - bar / 2)}" y="${n(cy - 4)}" width="${n(bar)}" height="8" rx="3" fill="#fff6c8" transform="rotate(${n(-degrees)} ${n(cx)} ${n(cy)})"/>`,
  ].join('');
}

function train(x: number, y: number, w: number, spikes: number): string {
  const ticks = spikeTimes(spikes).map((t) =>
    line(x + t * w, y - 16, x + t * w, y + 16, { sw: 2 }),
  );
  return [line(x, y, x + w, y, { stroke: COLOR.grid, sw: 1 }), ...ticks].join('');
}

function experiment(): string {
  const body: string[] = [];
  // Left: the screen, the cat looking at it, the electrode and the recorder.
  body.push(screen(85, 120, 130, 100, 90, 70));
  body.push(text(85, 192, 'світлова смужка', { size: 16 }));
  body.push(text(85, 212, 'на екрані', { size: 16 }));
  body.push(line(158, 120, 196, 120, { stroke: '#d9a92a', sw: 2, dash: '5 4', arrow: true }));
  body.push(cat(282, 130));
  body.push(line(304, 78, 340, 52, { stroke: COLOR.red, sw: 3 }));
  body.push(circle(304, 78, 4, { fill: COLOR.red }));
  body.push(path('M340 52C360 38 372 70 392 72', { stroke: COLOR.red, sw: 2 }));
  body.push(text(282, 212, 'електрод у зоровій корі', { size: 16, fill: COLOR.red }));
  body.push(rect(392, 46, 110, 54, { fill: '#eef1f4', stroke: COLOR.ink, sw: 1.5, rx: 6 }));
  body.push(train(400, 73, 94, 14));
  body.push(text(447, 118, 'імпульси', { size: 16 }));
  body.push(text(447, 138, 'нейрона', { size: 16 }));
  // Right: one row per orientation — the bar and the spikes in the same time window.
  const x0 = 530;
  const rowH = 46;
  body.push(
    text(x0, 34, 'Орієнтація смужки → імпульси', { size: 17, weight: 'bold', anchor: 'start' }),
  );
  const most = Math.max(...TUNING.map((t) => t.spikes));
  TUNING.forEach((o, i) => {
    const y = 76 + i * rowH;
    body.push(screen(x0 + 20, y, 40, 36, o.degrees, 26));
    body.push(train(x0 + 54, y, 190, o.spikes));
    body.push(
      text(x0 + 254, y, `${o.degrees}°: ${o.spikes}`, {
        size: 16,
        anchor: 'start',
        weight: o.spikes === most ? 'bold' : 'normal',
      }),
    );
  });
  const width = x0 + 330;
  body.push(
    text(width / 2, 262, 'Схема досліду; імпульси — ілюстрація, не запис', {
      size: 14,
      fill: COLOR.muted,
      italic: true,
    }),
  );
  return svgDoc(
    {
      width,
      height: 282,
      title:
        "Дослід Г'юбела і Візела (схема): кіт дивиться на світлову смужку, електрод у зоровій " +
        'корі записує імпульси нейрона, який спрацьовує переважно за однієї орієнтації смужки',
    },
    body,
  );
}

export function catExperimentFigures(): FigureFile[] {
  return [{ path: 'figures/lec5/stand-ins/catH.svg', content: experiment() }];
}
