import type { Grid } from '../../math/grid.ts';

export const SYNTHETIC_IMAGES = ['square', 'stripes', 'circle', 'ramp4', 'grid5', 'grid7'] as const;
export type SyntheticImage = (typeof SYNTHETIC_IMAGES)[number];

export const IMAGE_LABELS: Readonly<Record<SyntheticImage | 'mnist' | 'draw', string>> =
  Object.freeze({
    mnist: 'Цифра MNIST',
    draw: 'Намалювати цифру',
    square: 'Квадрат (16×16)',
    stripes: 'Смуги (16×16)',
    circle: 'Коло (16×16)',
    ramp4: 'Числа 0…15 (4×4)',
    grid5: 'Числа 5×5',
    grid7: 'Числа 7×7',
  });

const SIDE = 16;

/** Small deterministic test images: shapes in [0, 1] or small integer grids. */
export function syntheticImage(name: SyntheticImage): Grid {
  const make = (side: number, f: (r: number, c: number) => number): Grid => ({
    rows: side,
    cols: side,
    data: Array.from({ length: side * side }, (_, i) => f(Math.floor(i / side), i % side)),
  });
  switch (name) {
    case 'square':
      return make(SIDE, (r, c) => (r >= 4 && r < 12 && c >= 4 && c < 12 ? 1 : 0));
    case 'stripes':
      return make(SIDE, (_, c) => (Math.floor(c / 3) % 2 === 0 ? 1 : 0));
    case 'circle':
      return make(SIDE, (r, c) => {
        const d = Math.hypot(r - 7.5, c - 7.5);
        return d > 3.5 && d < 6 ? 1 : 0;
      });
    case 'ramp4':
      return make(4, (r, c) => r * 4 + c);
    case 'grid5':
      return make(5, (r, c) => (r * 2 + c * 3 + r * c) % 4);
    case 'grid7':
      return make(7, (r, c) => (r * 3 + c * 5 + r * c) % 4);
  }
}
