import type { FigureFile } from '../lib/figure.ts';
import { COLOR, line, n, rect, svgDoc, text } from '../lib/svg.ts';

/** ILSVRC top-5 error of the winning entries (figures.md). */
export const ILSVRC: readonly { year: number; error: number; name?: string }[] = [
  { year: 2010, error: 28.2 },
  { year: 2011, error: 25.8 },
  { year: 2012, error: 16.4, name: 'AlexNet' },
  { year: 2013, error: 11.7 },
  { year: 2014, error: 6.7, name: 'GoogLeNet' },
  { year: 2015, error: 3.57, name: 'ResNet' },
  { year: 2016, error: 2.99 },
  { year: 2017, error: 2.25 },
];
export const HUMAN_ERROR = 5.1;

function ilsvrcChart(): string {
  const left = 80;
  const top = 60;
  const h = 320;
  const barW = 62;
  const gap = 26;
  const max = 30;
  const y = (v: number) => top + h - (v / max) * h;
  const body: string[] = [
    text(left, 30, 'ILSVRC: помилка top-5 переможців, %', {
      size: 20,
      weight: 'bold',
      anchor: 'start',
    }),
  ];
  for (let v = 0; v <= max; v += 5) {
    body.push(
      line(left - 6, y(v), left + ILSVRC.length * (barW + gap), y(v), { stroke: '#dedad0', sw: 1 }),
    );
    body.push(text(left - 12, y(v), String(v), { size: 14, anchor: 'end', fill: COLOR.muted }));
  }
  ILSVRC.forEach((d, i) => {
    const x = left + gap / 2 + i * (barW + gap);
    const deep = d.year >= 2012;
    body.push(
      rect(x, y(d.error), barW, y(0) - y(d.error), { fill: deep ? COLOR.blue : COLOR.grid, rx: 3 }),
    );
    body.push(text(x + barW / 2, y(d.error) - 12, String(d.error), { size: 15, weight: 'bold' }));
    body.push(text(x + barW / 2, y(0) + 18, String(d.year), { size: 15 }));
    if (d.name)
      body.push(
        text(x + barW / 2, y(0) + 38, d.name, { size: 14, fill: COLOR.blue, weight: 'bold' }),
      );
  });
  const right = left + ILSVRC.length * (barW + gap);
  body.push(
    line(left, y(HUMAN_ERROR), right, y(HUMAN_ERROR), { stroke: COLOR.red, sw: 2, dash: '8 6' }),
  );
  body.push(
    text(right - 4, y(HUMAN_ERROR) - 12, `людина ≈ ${HUMAN_ERROR}`, {
      size: 15,
      anchor: 'end',
      fill: COLOR.red,
      weight: 'bold',
    }),
  );
  body.push(
    text(left + 2.5 * (barW + gap), y(22), 'глибоке навчання →', {
      size: 15,
      fill: COLOR.blue,
      anchor: 'start',
      italic: true,
    }),
  );
  body.push(text(left + 4.5 * (barW + gap), y(9), 'VGG: 7.3', { size: 13, fill: COLOR.muted }));
  return svgDoc(
    { width: right + 30, height: top + h + 60, title: 'Результати ILSVRC за роками' },
    body,
  );
}

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** Dark abstract network art for the cover slide (readable under white text). */
function coverArt(): string {
  const W = 1600;
  const H = 900;
  const rand = rng(42);
  const layers = [6, 10, 12, 12, 10, 6];
  const nodes: [number, number][][] = layers.map((count, li) =>
    Array.from(
      { length: count },
      (_, k) =>
        [
          180 + li * 250 + (rand() - 0.5) * 40,
          H / 2 + (k - (count - 1) / 2) * (H / (count + 1)) + (rand() - 0.5) * 30,
        ] as [number, number],
    ),
  );
  const body: string[] = [];
  for (let li = 0; li + 1 < nodes.length; li++)
    for (const a of nodes[li] ?? [])
      for (const b of nodes[li + 1] ?? []) {
        const w = rand();
        if (w < 0.45) continue;
        body.push(
          `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${w > 0.9 ? '#5fb3ff' : '#2d5c8f'}" stroke-width="${n(0.6 + w * 1.4)}" opacity="${n(0.25 + w * 0.45)}"/>`,
        );
      }
  for (const layer of nodes)
    for (const [x, y] of layer) {
      const a = rand();
      body.push(
        `<circle cx="${n(x)}" cy="${n(y)}" r="${n(16 + a * 8)}" fill="url(#glow)" opacity="${n(0.5 + a * 0.5)}"/>`,
      );
      body.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(5 + a * 4)}" fill="#9fd3ff"/>`);
    }
  const defs =
    '<radialGradient id="glow"><stop offset="0" stop-color="#6cc4ff" stop-opacity="0.9"/><stop offset="1" stop-color="#6cc4ff" stop-opacity="0"/></radialGradient><linearGradient id="shade" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#05070f" stop-opacity="0.9"/><stop offset="0.6" stop-color="#05070f" stop-opacity="0.6"/><stop offset="1" stop-color="#05070f" stop-opacity="0.3"/></linearGradient>';
  body.push(rect(0, 0, W, H, { fill: 'url(#shade)' }));
  return svgDoc(
    {
      width: W,
      height: H,
      title: 'Абстрактна нейронна мережа',
      background: 'dark',
      extraDefs: defs,
    },
    body,
  );
}

export function coverFigures(): FigureFile[] {
  return [
    { path: 'figures/lec5/FLi.svg', content: ilsvrcChart() },
    { path: 'figures/lec1/nn.svg', content: coverArt() },
  ];
}
