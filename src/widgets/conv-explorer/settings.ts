import type { PaddingMode } from '../../math/conv2d.ts';
import type { Grid } from '../../math/grid.ts';
import { bad, enumParam, intParam, ok, type Parsed, parseMatrix } from '../shared/params.ts';
import { SYNTHETIC_IMAGES, type SyntheticImage } from './images.ts';
import { KERNEL_PRESETS, type KernelPreset, presetKernel } from './kernels.ts';

export type InputChoice = 'mnist' | 'draw' | SyntheticImage;
export const INPUT_CHOICES: readonly InputChoice[] = Object.freeze([
  'mnist',
  'draw',
  ...SYNTHETIC_IMAGES,
]);

export interface ExplorerSettings {
  readonly input: InputChoice;
  /** A preset name, or `custom` when the kernel was given as numbers. */
  readonly preset: KernelPreset | 'custom';
  readonly kernel: Grid;
  readonly stride: number;
  readonly padding: PaddingMode;
}

/**
 * Reads the widget's params: `input` (mnist, draw, square, stripes, circle, ramp4, grid5,
 * grid7), `kernel` (a preset name or rows like "0,1,2; 3,4,5; 6,7,8"), `size` (1–7, for
 * presets), `stride` (1–3), `padding` (valid, same or 0–3).
 */
export function parseSettings(params: Readonly<Record<string, string>>): Parsed<ExplorerSettings> {
  const input = enumParam(params, 'input', INPUT_CHOICES, 'mnist');
  if (!input.ok) return input;
  const size = intParam(params, 'size', 1, 7, 3);
  if (!size.ok) return size;
  const stride = intParam(params, 'stride', 1, 3, 1);
  if (!stride.ok) return stride;
  const padding = parsePadding(params.padding);
  if (!padding.ok) return padding;
  const rawKernel = params.kernel?.trim() || 'edges';
  let preset: KernelPreset | 'custom';
  let kernel: Grid;
  if ((KERNEL_PRESETS as readonly string[]).includes(rawKernel)) {
    preset = rawKernel as KernelPreset;
    kernel = presetKernel(preset, size.value);
  } else if (/^[-−\d.,;\s/|]+$/.test(rawKernel)) {
    const matrix = parseMatrix(rawKernel, 'Параметр kernel');
    if (!matrix.ok) return matrix;
    preset = 'custom';
    kernel = { rows: matrix.value.length, cols: matrix.value.length, data: matrix.value.flat() };
  } else {
    return bad(
      `Параметр «kernel» має бути одним із: ${KERNEL_PRESETS.join(', ')} або числами по рядках («0,1,2; 3,4,5; 6,7,8»).`,
    );
  }
  return ok({ input: input.value, preset, kernel, stride: stride.value, padding: padding.value });
}

export function parsePadding(raw: string | undefined): Parsed<PaddingMode> {
  const text = raw?.trim() ?? '';
  if (text === '' || text === 'valid') return ok('valid');
  if (text === 'same') return ok('same');
  const p = Number(text);
  if (Number.isInteger(p) && p >= 0 && p <= 3) return ok(p);
  return bad(`Параметр «padding» має бути valid, same або числом 0–3, а не «${text}».`);
}
