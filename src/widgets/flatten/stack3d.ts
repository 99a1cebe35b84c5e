import { s } from '../shared/dom.ts';
import type { Shape3d } from './model.ts';

export interface Stack3d {
  readonly element: SVGSVGElement;
  /** Highlights element (h, w, c), or nothing. */
  highlight(at: { readonly h: number; readonly w: number; readonly c: number } | undefined): void;
}

/**
 * The feature map as a 3D block in an exploded view: one sheet per channel (channel 0 on
 * top), each an H×W grid in perspective tinted by `fill(c, h, w)`, no sheet hiding another.
 */
export function createStack3d(
  doc: Document,
  shape: Shape3d,
  fill: (c: number, h: number, w: number) => string,
): Stack3d {
  const cell = 22;
  const rowH = cell * 0.55; // rows foreshortened: each card lies back like a sheet
  const shear = cell * 0.6; // rows further back shift right
  const gap = 10;
  const layer = shape.height * rowH + gap;
  const width = shape.width * cell + shape.height * shear + 4;
  const height = shape.channels * layer - gap + 4;
  const svg = s(doc, 'svg', {
    class: 'cw-stack3d',
    viewBox: `0 0 ${width.toFixed(1)} ${height.toFixed(1)}`,
    width: Math.round(width),
    height: Math.round(height),
    role: 'img',
    'aria-label': `Тривимірна карта ознак ${shape.height}×${shape.width}×${shape.channels}`,
  });
  const corner = (c: number, h: number, w: number): [number, number] => [
    2 + w * cell + (shape.height - h) * shear,
    2 + c * layer + h * rowH,
  ];
  const polygons = new Map<string, SVGPolygonElement>();
  for (let c = 0; c < shape.channels; c++) {
    for (let h = 0; h < shape.height; h++) {
      for (let w = 0; w < shape.width; w++) {
        const [x0, y0] = corner(c, h, w);
        const [x1, y1] = corner(c, h + 1, w);
        const points = [
          [x0, y0],
          [x0 + cell, y0],
          [x1 + cell, y1],
          [x1, y1],
        ]
          .map(([x, y]) => `${x?.toFixed(1)},${y?.toFixed(1)}`)
          .join(' ');
        const polygon = s(doc, 'polygon', { points, fill: fill(c, h, w), class: 'cw-stack-cell' });
        polygons.set(`${c},${h},${w}`, polygon);
        svg.append(polygon);
      }
    }
  }
  let current: SVGPolygonElement | undefined;
  return {
    element: svg,
    highlight(at) {
      current?.classList.remove('cw-stack-hot');
      current = at ? polygons.get(`${at.c},${at.h},${at.w}`) : undefined;
      current?.classList.add('cw-stack-hot');
    },
  };
}
