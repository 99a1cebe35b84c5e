export { type Box, type GrayImage, rgbaToInk } from './grayImage.ts';
export { type MnistStyleOptions, type MnistStyleResult, mnistStyle } from './mnistStyle.ts';
export { centreOfMass, inkBounds } from './moments.ts';
export { type Placement, resampleInto } from './resample.ts';
