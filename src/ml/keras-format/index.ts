export { type ArrayReprOptions, arrayRepr, type NumpyDType, scalarRepr } from './arrayRepr.ts';
export {
  createEvaluateLogger,
  createFitLogger,
  type FitLogger,
  type FitLoggerOptions,
} from './fitLogger.ts';
export type { Dim, LayerDescription, ModelDescription, Shape } from './modelDescription.ts';
export {
  createProgbar,
  epochLine,
  formatBar,
  formatEta,
  formatMetric,
  formatStepTime,
  type Progbar,
  type ProgbarOptions,
  type ProgbarValues,
} from './progbar.ts';
export { createRunningMean, type RunningMean } from './runningMean.ts';
export {
  formatShape,
  pyTuple,
  readableMemorySize,
  type SummaryOptions,
  summary,
  summaryLines,
} from './summary.ts';
