import { architectureFigures } from './figs/architectures.ts';
import { coverFigures } from './figs/cover.ts';
import { digitFigures } from './figs/digits.ts';
import { imageTensorFigures } from './figs/imageTensors.ts';
import { oneDFigures } from './figs/oneD.ts';
import { tensorFigures } from './figs/tensors.ts';
import { twoDFigures } from './figs/twoD.ts';
import type { FigureFile } from './lib/figure.ts';
import { createDigitSource } from './lib/mnist.ts';

/** Every generated figure, in a fixed order. Pure: same output on every run. */
export function allFigures(): FigureFile[] {
  return [
    ...oneDFigures(),
    ...twoDFigures(),
    ...digitFigures(createDigitSource()),
    ...tensorFigures(),
    ...imageTensorFigures(),
    ...architectureFigures(),
    ...coverFigures(),
  ];
}
