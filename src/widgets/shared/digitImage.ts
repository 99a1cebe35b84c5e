import { h } from './dom.ts';

/** A digit's pixels, row-major: bytes 0–255 (e.g. a `Uint8Array` from the data) or floats in [0, 1]. */
export type DigitPixels = ArrayLike<number>;

/** The value that means full ink: 255 for bytes, 1 for model inputs. */
export type PixelRange = 255 | 1;

export interface DigitImageOptions {
  /** Image rows and columns (default 28 × 28). */
  readonly rows?: number;
  readonly cols?: number;
  /** Displayed width and height in CSS px (default 84, i.e. 3 px per pixel). */
  readonly size?: number;
  /** Full-ink value; default: 255 for `Uint8Array`/`Uint8ClampedArray` pixels, else 1. */
  readonly range?: PixelRange;
  /** Accessible name (Ukrainian), e.g. "Цифра 7". */
  readonly label?: string;
}

export interface DigitImage {
  /** A `<canvas>` with the image at its natural resolution, scaled crisply by CSS. */
  readonly element: HTMLCanvasElement;
  /** Redraws with new pixels (and optionally a new accessible name). */
  set(pixels: DigitPixels, label?: string): void;
}

/** The full-ink value for `pixels`: an explicit range wins, bytes mean 255, anything else 1. */
export function pixelRange(pixels: DigitPixels, range?: PixelRange): PixelRange {
  if (range !== undefined) return range;
  return pixels instanceof Uint8Array || pixels instanceof Uint8ClampedArray ? 255 : 1;
}

/**
 * RGBA bytes for a grey digit, white ink on black like MNIST: value / range → grey level,
 * clamped to [0, 255]. Pure (no DOM), so it is tested in Node.
 */
export function digitToRgba(pixels: DigitPixels, range: PixelRange): Uint8ClampedArray {
  const out = new Uint8ClampedArray(pixels.length * 4);
  const scale = 255 / range;
  for (let i = 0; i < pixels.length; i++) {
    const g = Math.round((pixels[i] ?? 0) * scale);
    out[i * 4] = g;
    out[i * 4 + 1] = g;
    out[i * 4 + 2] = g;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** Draws `pixels` (rows × cols) onto `canvas` at one canvas pixel per image pixel. */
export function drawDigit(
  canvas: HTMLCanvasElement,
  pixels: DigitPixels,
  rows = 28,
  cols = 28,
  range?: PixelRange,
): void {
  if (pixels.length !== rows * cols) {
    throw new Error(`digit has ${pixels.length} pixels, expected ${rows}×${cols}`);
  }
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const rgba = digitToRgba(pixels, pixelRange(pixels, range));
  const image = ctx.createImageData(cols, rows);
  image.data.set(rgba);
  ctx.putImageData(image, 0, 0);
}

/**
 * A 28×28 digit as a crisp, scaled `<canvas>` (white on black, `image-rendering: pixelated`),
 * with an accessible name. Used by mnist-samples, draw-digit and the predict cell.
 */
export function createDigitImage(
  doc: Document,
  pixels: DigitPixels | undefined,
  options: DigitImageOptions = {},
): DigitImage {
  const rows = options.rows ?? 28;
  const cols = options.cols ?? 28;
  const size = options.size ?? 84;
  const element = h(doc, 'canvas', {
    class: 'dg-image',
    role: 'img',
    width: cols,
    height: rows,
    'aria-label': options.label ?? 'Цифра',
  });
  element.style.width = `${Math.round((size * cols) / Math.max(rows, cols))}px`;
  element.style.height = `${Math.round((size * rows) / Math.max(rows, cols))}px`;
  const image: DigitImage = {
    element,
    set(next, label) {
      drawDigit(element, next, rows, cols, options.range);
      if (label !== undefined) element.setAttribute('aria-label', label);
    },
  };
  if (pixels !== undefined) image.set(pixels);
  return image;
}
