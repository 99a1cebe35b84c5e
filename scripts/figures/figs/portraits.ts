/**
 * Designed stand-ins for the lecture's photographs of people and of the Nobel medal: cards
 * with a drawn silhouette, the person's name and what the lecture says about them. Every fact
 * comes from slides/lecture5.md (slide text and notes); what it does not say is left out.
 * The renderer shows `figures/lec5/stand-ins/<name>.svg` while `figures/lec5/<name>.<ext>` is
 * missing (src/render/missingFigurePath.ts).
 */
import type { FigureFile } from '../lib/figure.ts';
import { COLOR, circle, esc, n, path, rect, svgDoc, text } from '../lib/svg.ts';

/** A person as the lecture introduces them. */
export interface Person {
  /** As the slide writes it. */
  readonly name: string;
  /** The Latin spelling the lecture gives, if any. */
  readonly latin?: string;
  /** Short lines: years and role, each from the lecture. */
  readonly lines: readonly string[];
}

export const PEOPLE: Readonly<Record<'DHubel' | 'TWiesel' | 'LeCun' | 'Krizhevsky', Person>> = {
  // "Канадець Девід Г'юбел (David Hubel) … нейрофізіологи"; "У 1959-1962 роках … відкриття";
  // "Нобелівську премію з медицини в 1981 році".
  DHubel: {
    name: "Девід Г'юбел",
    latin: 'David Hubel',
    lines: ['нейрофізіолог, Канада', '1959–1962: зорова кора', 'Нобелівська премія 1981'],
  },
  // "швед Торстен Візел (Torsten Wiesel)"; the same discovery and prize.
  TWiesel: {
    name: 'Торстен Візел',
    latin: 'Torsten Wiesel',
    lines: ['нейрофізіолог, Швеція', '1959–1962: зорова кора', 'Нобелівська премія 1981'],
  },
  // "У 1989 році ЛеКун навчає згорткову мережу методом зворотного поширення"; notes: "Янном
  // Лекуном", "AT&T Bell Laboratories", digits on envelopes for the US Postal Service.
  LeCun: {
    name: 'Янн ЛеКун',
    latin: 'LeCun',
    lines: [
      '1989: згорткова мережа, навчена',
      'методом зворотного поширення',
      'AT&T Bell Laboratories: рукописні',
      'цифри на поштових конвертах',
    ],
  },
  // "AlexNet (Krizhevsky et al, 2012)".
  Krizhevsky: { name: 'Krizhevsky', lines: ['AlexNet', '2012'] },
};

const SILHOUETTE = '#8d98a8';
const HALO = '#dfe4ea';

/** Head and shoulders inside a circle of radius r at (cx, cy). */
function silhouette(cx: number, cy: number, r: number): string {
  const head = r * 0.36;
  const shoulders = `M${n(cx - r * 0.78)} ${n(cy + r * 0.92)}C${n(cx - r * 0.72)} ${n(cy + r * 0.3)} ${n(cx - r * 0.4)} ${n(cy + r * 0.16)} ${n(cx)} ${n(cy + r * 0.16)}C${n(cx + r * 0.4)} ${n(cy + r * 0.16)} ${n(cx + r * 0.72)} ${n(cy + r * 0.3)} ${n(cx + r * 0.78)} ${n(cy + r * 0.92)}Z`;
  const clip = `clip-${n(cx)}-${n(cy)}`.replace(/\./g, '_');
  return [
    `<clipPath id="${esc(clip)}">${circle(cx, cy, r, { fill: '#000' })}</clipPath>`,
    circle(cx, cy, r, { fill: HALO }),
    `<g clip-path="url(#${esc(clip)})">`,
    circle(cx, cy - r * 0.26, head, { fill: SILHOUETTE }),
    path(shoulders, { fill: SILHOUETTE, stroke: 'none', sw: 0 }),
    '</g>',
    circle(cx, cy, r, { stroke: COLOR.cardStroke, sw: 2 }),
  ].join('');
}

function lines(x: number, y: number, rows: readonly string[], step: number, size: number): string {
  return rows.map((row, i) => text(x, y + i * step, row, { size, fill: COLOR.muted })).join('');
}

/** A compact portrait card (about square, for a narrow column): silhouette, name, role, years. */
function portraitCard(p: Person): string {
  const w = 300;
  const body = [
    silhouette(w / 2, 68, 54),
    text(w / 2, 146, p.name, { size: 26, weight: 'bold' }),
    p.latin ? text(w / 2, 173, p.latin, { size: 18, fill: COLOR.muted, italic: true }) : '',
    rect(w / 2 - 40, 189, 80, 2, { fill: COLOR.cardStroke }),
    lines(w / 2, 210, p.lines, 23, 17),
  ];
  return svgDoc({ width: w, height: 210 + p.lines.length * 23 - 4, title: title(p) }, body);
}

/** A wide card: silhouette on the left, name and role on the right. */
function wideCard(p: Person): string {
  const body = [
    silhouette(130, 130, 96),
    text(260, 70, p.name, { size: 34, weight: 'bold', anchor: 'start' }),
    p.latin
      ? text(260, 108, p.latin, { size: 22, fill: COLOR.muted, italic: true, anchor: 'start' })
      : '',
    ...p.lines.map((row, i) =>
      text(260, 150 + i * 30 + (i >= 2 ? 12 : 0), row, { size: 22, anchor: 'start' }),
    ),
  ];
  return svgDoc({ width: 720, height: 150 + p.lines.length * 30 + 30, title: title(p) }, body);
}

/** A round medallion for a circle-cropped slot (`.circle`): everything inside the circle. */
function roundCard(p: Person): string {
  const s = 320;
  const body = [
    circle(s / 2, s / 2, s / 2 - 2, { fill: COLOR.card, stroke: COLOR.cardStroke, sw: 2 }),
    silhouette(s / 2, 118, 70),
    text(s / 2, 216, p.name, { size: 28, weight: 'bold' }),
    lines(s / 2, 250, p.lines, 26, 20),
  ];
  return svgDoc({ width: s, height: s, title: title(p), background: 'none' }, body);
}

function title(p: Person): string {
  return `${p.name}${p.latin && p.latin !== p.name ? ` (${p.latin})` : ''}: ${p.lines.join(' ')}`;
}

/** A drawn Nobel medal: gold disc, rim, laurel sprigs, the prize and year the lecture names. */
function medal(): string {
  const s = 300;
  const c = s / 2;
  const defs =
    '<radialGradient id="gold" cx="0.38" cy="0.32" r="0.75">' +
    '<stop offset="0" stop-color="#fff2b8"/><stop offset="0.45" stop-color="#e9c05a"/>' +
    '<stop offset="1" stop-color="#a9781e"/></radialGradient>';
  // Two laurel sprigs along the lower rim, leaves tangent to the circle.
  const leaves: string[] = [];
  for (const side of [-1, 1]) {
    for (let k = 0; k < 8; k++) {
      const a = 90 - side * (14 + k * 13);
      const rad = (a * Math.PI) / 180;
      const x = c + 110 * Math.cos(rad);
      const y = c + 110 * Math.sin(rad);
      leaves.push(
        `<ellipse cx="${n(x)}" cy="${n(y)}" rx="5" ry="12" transform="rotate(${n(a + side * 25)} ${n(x)} ${n(y)})" fill="#a87a22" opacity="0.9"/>`,
      );
    }
  }
  const body = [
    circle(c, c, 146, { fill: '#8a6418' }),
    circle(c, c, 140, { fill: 'url(#gold)' }),
    circle(c, c, 124, { stroke: '#a9781e', sw: 2 }),
    ...leaves,
    text(c, c - 44, 'Нобелівська', { size: 26, weight: 'bold', fill: '#5a3d05' }),
    text(c, c - 14, 'премія', { size: 26, weight: 'bold', fill: '#5a3d05' }),
    text(c, c + 18, 'з медицини', { size: 22, fill: '#5a3d05' }),
    text(c, c + 60, '1981', { size: 34, weight: 'bold', fill: '#5a3d05' }),
  ];
  return svgDoc(
    {
      width: s,
      height: s,
      title: "Нобелівська медаль: премія з медицини 1981 року (Г'юбел і Візел)",
      background: 'none',
      extraDefs: defs,
    },
    body,
  );
}

const at = (name: string, content: string): FigureFile => ({
  path: `figures/lec5/stand-ins/${name}.svg`,
  content,
});

export function portraitFigures(): FigureFile[] {
  return [
    at('DHubel', portraitCard(PEOPLE.DHubel)),
    at('TWiesel', portraitCard(PEOPLE.TWiesel)),
    at('LeCun', wideCard(PEOPLE.LeCun)),
    at('Krizhevsky', roundCard(PEOPLE.Krizhevsky)),
    at('Nobel_medal', medal()),
  ];
}
