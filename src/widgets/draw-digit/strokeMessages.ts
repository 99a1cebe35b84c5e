/**
 * Drawing mirrored between the deck's windows (presenter ↔ audience) over the widget bus:
 * stroke points normalised to [0, 1] of the pad, so any pad size replays them. Pure.
 */
export const DRAW_TOPIC = 'draw-digit';

export type Point = readonly [x: number, y: number];

export type StrokeMessage =
  | { readonly id: string; readonly kind: 'down' | 'move'; readonly points: readonly Point[] }
  | { readonly id: string; readonly kind: 'up' | 'clear' };

const MAX_POINTS = 256;
const MAX_ID = 200;

const isUnit = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

function parsePoints(value: unknown): Point[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_POINTS) return undefined;
  const points: Point[] = [];
  for (const p of value) {
    if (!Array.isArray(p) || p.length !== 2 || !isUnit(p[0]) || !isUnit(p[1])) return undefined;
    points.push([p[0], p[1]]);
  }
  return points;
}

/** A message from another window, validated; `undefined` for anything malformed. */
export function parseStrokeMessage(data: unknown): StrokeMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { id, kind, points } = data as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID) return undefined;
  if (kind === 'up' || kind === 'clear') return { id, kind };
  if (kind !== 'down' && kind !== 'move') return undefined;
  const parsed = parsePoints(points);
  return parsed === undefined ? undefined : { id, kind, points: parsed };
}

/** Clamps a pad position to [0, 1] (pointer capture reports positions outside the pad). */
export function unitPoint(x: number, y: number, size: number): Point {
  const clamp = (v: number) => Math.max(0, Math.min(1, Number.isFinite(v) ? v / size : 0));
  return [clamp(x), clamp(y)];
}
