import type { Block, Layer } from './arch.ts';
import { COLOR, line, path, rect, text } from './svg.ts';

export const KIND_FILL: Readonly<Record<Layer['kind'], readonly [string, string]>> = {
  input: [COLOR.gray, COLOR.muted],
  conv: [COLOR.lightBlue, COLOR.blue],
  pool: [COLOR.lightOrange, COLOR.orange],
  dense: [COLOR.lightPurple, COLOR.purple],
  flatten: [COLOR.gray, COLOR.muted],
  globalAvg: [COLOR.lightOrange, COLOR.orange],
  norm: [COLOR.lightYellow, '#b08900'],
  block: [COLOR.lightGreen, COLOR.green],
};

/** One labelled box; `sub` is a smaller second line. */
export function box(
  x: number,
  y: number,
  w: number,
  h: number,
  label: string,
  kind: Layer['kind'],
  sub?: string,
): string {
  const [fill, stroke] = KIND_FILL[kind];
  const parts = [rect(x, y, w, h, { fill, stroke, sw: 1.8, rx: 7 })];
  if (sub) {
    parts.push(text(x + w / 2, y + h / 2 - 9, label, { size: 16, weight: 'bold' }));
    parts.push(text(x + w / 2, y + h / 2 + 11, sub, { size: 14, fill: COLOR.muted }));
  } else parts.push(text(x + w / 2, y + h / 2, label, { size: 16, weight: 'bold' }));
  return parts.join('');
}

export interface StackLayout {
  readonly boxH: number;
  readonly gap: number;
}

/** Blocks top to bottom with arrows; repeated blocks get a `×n` badge. Returns svg and height. */
export function verticalStack(
  x: number,
  y: number,
  w: number,
  blocks: readonly Block[],
  l: StackLayout = { boxH: 44, gap: 20 },
): { svg: string; height: number } {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const by = y + i * (l.boxH + l.gap);
    out.push(box(x, by, w, l.boxH, b.label, b.kind, b.shape));
    if (b.times && b.times > 1) {
      out.push(rect(x + w - 16, by - 10, 34, 22, { fill: COLOR.green, rx: 11 }));
      out.push(
        text(x + w + 1, by + 1, `×${b.times}`, { size: 14, weight: 'bold', fill: '#ffffff' }),
      );
    }
    if (i > 0) out.push(line(x + w / 2, by - l.gap, x + w / 2, by - 2, { sw: 1.8, arrow: true }));
  });
  return { svg: out.join(''), height: blocks.length * (l.boxH + l.gap) - l.gap };
}

/** Blocks left to right with arrows; the shape is printed under each box. */
export function horizontalStack(
  x: number,
  y: number,
  w: number,
  h: number,
  gap: number,
  blocks: readonly Block[],
): string {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const bx = x + i * (w + gap);
    const [first, ...rest] = b.label.split(', ');
    out.push(box(bx, y, w, h, first ?? '', b.kind, rest.length > 0 ? rest.join(', ') : undefined));
    out.push(text(bx + w / 2, y + h + 18, b.shape, { size: 14, fill: COLOR.muted, mono: true }));
    if (i > 0) out.push(line(bx - gap, y + h / 2, bx - 2, y + h / 2, { sw: 1.8, arrow: true }));
  });
  return out.join('');
}

/** An elbow arrow through the given points (last segment gets the head). */
export function elbow(points: readonly (readonly [number, number])[], dash?: string): string {
  const d = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px} ${py}`).join('');
  return path(d, { sw: 1.8, arrow: true, ...(dash ? { dash } : {}) });
}

/** A circled plus (addition node) or a labelled join node. */
export function addNode(cx: number, cy: number): string {
  return `<circle cx="${cx}" cy="${cy}" r="13" fill="#ffffff" stroke="${COLOR.ink}" stroke-width="1.8"/>${text(cx, cy + 1, '+', { size: 22, weight: 'bold' })}`;
}
