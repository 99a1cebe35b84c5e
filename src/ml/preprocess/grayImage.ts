/** A grey image, row-major, one value per pixel: 0 = background, 1 = full ink. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: ArrayLike<number>;
}

/** An axis-aligned box in pixel units: columns [left, right), rows [top, bottom). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * RGBA bytes (e.g. `ImageData.data` of a canvas with white ink on black) → ink in [0, 1]:
 * the brightest of R, G, B times alpha, so white-on-black and white-on-transparent both work.
 */
export function rgbaToInk(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const r = rgba[i * 4] ?? 0;
    const g = rgba[i * 4 + 1] ?? 0;
    const b = rgba[i * 4 + 2] ?? 0;
    const a = rgba[i * 4 + 3] ?? 0;
    data[i] = (Math.max(r, g, b) / 255) * (a / 255);
  }
  return { width, height, data };
}
