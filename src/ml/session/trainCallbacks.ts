import type { DataDescriptor } from '../data/types.ts';
import type { FitRun, FitSpeed, ProbeOptions } from '../train/measureThroughput.ts';
import type { TrainCallbacks } from './deps.ts';

/**
 * The callbacks a fit hands its trainer (`SessionDeps.train`) beyond `TrainCallbacks`: with
 * `probe` the trainer first measures its speed where the fit will run, calls `onMeasured`,
 * and trains only what that resolves to (nothing before). The Worker trainer
 * (trainInWorker) and the in-process one read them; the object is passed through as is.
 */
export interface ProbingCallbacks extends TrainCallbacks {
  readonly probe?: ProbeOptions;
  readonly onMeasured?: (speed: FitSpeed) => Promise<FitRun>;
  readonly onBackend?: (name: string, detail: string) => void;
  readonly onData?: (descriptor: DataDescriptor, trainCount: number) => void;
}

/** The probing part of a trainer's callbacks (absent in callers that never measure). */
export const probing = (callbacks: TrainCallbacks): ProbingCallbacks => callbacks;
