import { s } from './dom.ts';

/** Transport icons as inline SVG (font glyphs like ⏮ are missing from many fonts). */
const PATHS: Readonly<Record<string, string>> = Object.freeze({
  reset: 'M3 3h2v10H3zM13 3v10L6 8z',
  back: 'M11 3v10L4 8zM12 3h2v10h-2z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  step: 'M2 3h2v10H2zM5 3v10l7-5z',
  end: 'M1 3v10l6-5zM7 3v10l6-5zM13 3h2v10h-2z',
});

export function icon(doc: Document, name: keyof typeof PATHS | string): SVGSVGElement {
  return s(
    doc,
    'svg',
    { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', class: 'cw-icon' },
    s(doc, 'path', { d: PATHS[name] ?? '', fill: 'currentColor' }),
  );
}
