/** Hand-written SVG strings: tiny helpers, fixed number formatting, one card style. */

export const SANS =
  "'Source Sans 3', 'Source Sans Pro', 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";
export const MONO = "'Ubuntu Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace";

/** Colours chosen to read on the light card (which itself reads on white and black slides). */
export const COLOR = Object.freeze({
  card: '#fbfaf6',
  cardStroke: '#d9d4c7',
  ink: '#22262d',
  muted: '#5f6673',
  grid: '#9aa1ab',
  blue: '#3467b0',
  lightBlue: '#cfe0f5',
  orange: '#e0782b',
  lightOrange: '#fbe0c8',
  green: '#2f8f52',
  lightGreen: '#d3ecd9',
  red: '#c23b35',
  lightRed: '#f6d3d0',
  purple: '#7452a8',
  lightPurple: '#e3d9f2',
  yellow: '#f2c744',
  lightYellow: '#fbefc4',
  teal: '#1f8a8a',
  lightTeal: '#cdeceb',
  gray: '#e7e5df',
});

/** Numbers in attributes: at most 2 decimals, no trailing zeros, no `-0`. */
export function n(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

type AttrValue = string | number | undefined;

function attrs(a: Readonly<Record<string, AttrValue>>): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`)
    .join('');
}

export interface Paint {
  readonly fill?: string;
  readonly stroke?: string;
  readonly sw?: number;
  readonly rx?: number;
  readonly dash?: string;
  readonly opacity?: number;
}

export function rect(x: number, y: number, w: number, h: number, p: Paint = {}): string {
  return `<rect${attrs({ x, y, width: w, height: h, rx: p.rx, fill: p.fill ?? 'none', stroke: p.stroke, 'stroke-width': p.sw, 'stroke-dasharray': p.dash, opacity: p.opacity })}/>`;
}

export function circle(cx: number, cy: number, r: number, p: Paint = {}): string {
  return `<circle${attrs({ cx, cy, r, fill: p.fill ?? 'none', stroke: p.stroke, 'stroke-width': p.sw, opacity: p.opacity })}/>`;
}

export interface LineStyle {
  readonly stroke?: string;
  readonly sw?: number;
  readonly dash?: string;
  /** Draw an arrow head at the end. */
  readonly arrow?: boolean;
  readonly opacity?: number;
}

export function line(x1: number, y1: number, x2: number, y2: number, s: LineStyle = {}): string {
  return `<line${attrs({ x1, y1, x2, y2, stroke: s.stroke ?? COLOR.ink, 'stroke-width': s.sw ?? 1.5, 'stroke-dasharray': s.dash, 'marker-end': s.arrow ? 'url(#arrow)' : undefined, opacity: s.opacity })}/>`;
}

export function path(d: string, s: LineStyle & { fill?: string } = {}): string {
  return `<path${attrs({ d, fill: s.fill ?? 'none', stroke: s.stroke ?? COLOR.ink, 'stroke-width': s.sw ?? 1.5, 'stroke-dasharray': s.dash, 'stroke-linejoin': 'round', 'marker-end': s.arrow ? 'url(#arrow)' : undefined, opacity: s.opacity })}/>`;
}

export interface TextStyle {
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly weight?: 'normal' | 'bold';
  readonly fill?: string;
  readonly mono?: boolean;
  readonly italic?: boolean;
  /** Rotation in degrees around (x, y). */
  readonly rotate?: number;
}

/** Text centred vertically on y (dominant-baseline central). */
export function text(x: number, y: number, s: string, t: TextStyle = {}): string {
  return `<text${attrs({
    x,
    y,
    'font-size': t.size ?? 16,
    'font-family': t.mono ? MONO : undefined,
    'font-weight': t.weight === 'bold' ? 'bold' : undefined,
    'font-style': t.italic ? 'italic' : undefined,
    'text-anchor': t.anchor ?? 'middle',
    'dominant-baseline': 'central',
    fill: t.fill ?? COLOR.ink,
    transform: t.rotate ? `rotate(${n(t.rotate)} ${n(x)} ${n(y)})` : undefined,
  })}>${esc(s)}</text>`;
}

export function group(body: readonly string[], transform?: string): string {
  return `<g${attrs({ transform })}>${body.join('')}</g>`;
}

export function image(x: number, y: number, w: number, h: number, href: string): string {
  return `<image${attrs({ x, y, width: w, height: h, href, 'image-rendering': 'pixelated', style: 'image-rendering:pixelated' })}/>`;
}

export interface DocOptions {
  readonly width: number;
  readonly height: number;
  /** Accessible title (Ukrainian). */
  readonly title: string;
  /** Card background; `dark` for the cover art. */
  readonly background?: 'card' | 'dark' | 'none';
  readonly extraDefs?: string;
  readonly style?: string;
}

/** A complete SVG document with the card background, arrow marker and font defaults. */
export function svgDoc(o: DocOptions, body: readonly string[]): string {
  const bg =
    o.background === 'dark'
      ? rect(0, 0, o.width, o.height, { fill: '#0b1020' })
      : o.background === 'none'
        ? ''
        : rect(1, 1, o.width - 2, o.height - 2, {
            fill: COLOR.card,
            stroke: COLOR.cardStroke,
            sw: 1.5,
            rx: 14,
          });
  const defs = `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${COLOR.ink}"/></marker>${o.extraDefs ?? ''}</defs>`;
  const style = o.style ? `<style>${o.style}</style>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(o.width)} ${n(o.height)}" width="${n(o.width)}" height="${n(o.height)}" font-family="${esc(SANS)}" role="img" aria-label="${esc(o.title)}">\n<title>${esc(o.title)}</title>${defs}${style}\n${bg}\n${body.join('\n')}\n</svg>\n`;
}
