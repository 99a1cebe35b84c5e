import type { Grid } from '../../math/grid.ts';

export const KERNEL_PRESETS = ['edges', 'blur', 'sharpen', 'emboss', 'identity', 'ramp'] as const;
export type KernelPreset = (typeof KERNEL_PRESETS)[number];

export const KERNEL_LABELS: Readonly<Record<KernelPreset | 'custom', string>> = Object.freeze({
  edges: 'Краї',
  blur: 'Розмиття',
  sharpen: 'Різкість',
  emboss: 'Тиснення',
  identity: 'Тотожний',
  ramp: '0, 1, 2, …',
  custom: 'Власний',
});

/**
 * A preset kernel of any size F (1–7). For F = 3 these are the textbook kernels:
 * edges [−1 … 8 … −1], blur = box 1/9, sharpen = 2·identity − blur, emboss
 * [−2 −1 0; −1 1 1; 0 1 2], identity; `ramp` is 0, 1, …, F²−1 (the lecture's 3×3 filter 0..8).
 */
export function presetKernel(preset: KernelPreset, size: number): Grid {
  const n = size * size;
  const center = Math.floor(size / 2);
  const data = Array.from({ length: n }, (_, idx) => {
    const i = Math.floor(idx / size);
    const j = idx % size;
    const isCenter = i === center && j === center;
    const weights: Record<KernelPreset, () => number> = {
      identity: () => (isCenter ? 1 : 0),
      blur: () => round(1 / n),
      edges: () => (n === 1 ? 0 : isCenter ? n - 1 : -1),
      sharpen: () => round((isCenter ? 2 : 0) - 1 / n),
      emboss: () => i + j - (size - 1) + (isCenter ? 1 : 0),
      ramp: () => idx,
    };
    return weights[preset]();
  });
  return { rows: size, cols: size, data };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
