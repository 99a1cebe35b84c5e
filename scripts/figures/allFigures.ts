import { architectureFigures } from './figs/architectures.ts';
import { catExperimentFigures } from './figs/catExperiment.ts';
import { coverFigures } from './figs/cover.ts';
import { digitFigures } from './figs/digits.ts';
import { hierarchyFigures } from './figs/hierarchy.ts';
import { imageTensorFigures } from './figs/imageTensors.ts';
import { neocognitronFigures } from './figs/neocognitron.ts';
import { oneDFigures } from './figs/oneD.ts';
import { portraitFigures } from './figs/portraits.ts';
import { tensorFigures } from './figs/tensors.ts';
import { twoDFigures } from './figs/twoD.ts';
import type { FigureFile } from './lib/figure.ts';
import { createDigitSource } from './lib/mnist.ts';

/**
 * Every generated figure, in a fixed order. Same output on every run (the one figure computed
 * by the pretrained convnet runs on the tfjs cpu backend, hence async).
 */
export async function allFigures(): Promise<FigureFile[]> {
  const digits = createDigitSource();
  return [
    ...oneDFigures(),
    ...twoDFigures(),
    ...digitFigures(digits),
    ...tensorFigures(),
    ...imageTensorFigures(),
    ...architectureFigures(),
    ...coverFigures(),
    // Designed stand-ins for the photographs (shown while the photo is missing).
    ...portraitFigures(),
    ...catExperimentFigures(),
    ...neocognitronFigures(),
    ...(await hierarchyFigures(digits)),
  ];
}
