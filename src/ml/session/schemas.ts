import * as v from 'valibot';
import {
  type Agrees,
  type AllAgree,
  AnyNumber,
  Count,
  DataDescriptorSchema,
  Finite,
  LoadProgressSchema,
  Positive,
  text,
} from '../data/guards.ts';
import { type CellId, isCellId, LIVE_CELL_IDS } from './cellCatalog.ts';
import type { FitEstimate, FitStart } from './fitPlan.ts';
import type {
  CellOutput,
  CellSnapshot,
  FitRecord,
  LiveSettings,
  SessionInfo,
  TrainingProgress,
} from './types.ts';

/**
 * The schemas of the session's data where it crosses a boundary (IndexedDB, other windows):
 * the store (store.ts), the bus protocol (busProtocol.ts) and the guards (validate.ts) all
 * check against these, so none is stricter or looser than another by accident.
 */

/** Cell ids, as the catalog lists them. */
export const CellIdSchema = v.picklist(LIVE_CELL_IDS);
export const TrainedKindSchema = v.picklist(['dense', 'convnet']);

/** Ukrainian messages shown in the deck (statuses, errors and notices, which quote errors). */
const Message = text(10_000);
/** A Python expression (an output's label) or a backend's name. */
const Label = text(200);

/** Typed arrays as declared (`Uint8Array`, over any buffer; `v.instance` would say ArrayBuffer). */
const Bytes = v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'a Uint8Array');
const Floats = v.custom<Float32Array>((x) => x instanceof Float32Array, 'a Float32Array');

const DIGIT_PIXELS = 784;
const CLASSES = 10;

/** Arrays are read-only where they are declared so (`readonly number[]`). */
const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.readonly());
const NumberList = list(AnyNumber);

export const CellOutputSchema = v.variant('kind', [
  v.object({ kind: v.literal('text'), label: Label, text: text(100_000) }),
  v.pipe(
    v.object({
      kind: v.literal('digits'),
      label: Label,
      pixels: Bytes,
      probabilities: Floats,
      labels: Bytes,
    }),
    v.check(
      (o) =>
        o.pixels.length === o.labels.length * DIGIT_PIXELS &&
        o.probabilities.length === o.labels.length * CLASSES,
      'digits: 784 pixels and 10 probabilities per label',
    ),
  ),
  v.object({ kind: v.literal('history'), label: Label, loss: NumberList, accuracy: NumberList }),
]);

export const FitRecordSchema = v.object({
  epochs: Count,
  samples: Count,
  fits: Count,
  base: v.picklist(['seed', 'pretrained']),
  at: Finite,
});

export const CellSnapshotSchema = v.object({
  id: CellIdSchema,
  state: v.picklist(['idle', 'running', 'done', 'error']),
  outputs: list(CellOutputSchema),
  status: Message,
  error: v.optional(Message),
  source: v.optional(v.picklist(['trained', 'pretrained'])),
  trained: v.optional(FitRecordSchema),
  backend: v.optional(Label),
  notice: v.optional(Message),
});

export const LiveSettingsSchema = v.object({
  epochs: Count,
  batchSize: Count,
  subset: v.optional(Count),
  test: v.boolean(),
  budgetSeconds: v.optional(Positive),
});

const PlannedRunSchema = v.object({ digits: Count, epochs: Count, seconds: AnyNumber });

export const FitEstimateSchema = v.object({
  backend: Label,
  samplesPerSecond: Positive,
  msPerBatch: NumberList,
  budgetSeconds: AnyNumber,
  full: PlannedRunSchema,
  short: v.optional(PlannedRunSchema),
});

export const FitStartSchema = v.pipe(
  v.object({
    id: Finite,
    kind: TrainedKindSchema,
    cell: CellIdSchema,
    phase: v.picklist(['starting', 'measuring', 'choosing']),
    backend: v.optional(Label),
    trainCount: Count,
    epochs: Count,
    estimate: v.optional(FitEstimateSchema),
  }),
  // The lecturer chooses between the estimate's runs: no choosing without one.
  v.check((s) => s.phase !== 'choosing' || s.estimate !== undefined, 'choosing needs an estimate'),
);

export const TrainingProgressSchema = v.object({
  kind: TrainedKindSchema,
  cell: CellIdSchema,
  epoch: Count,
  epochs: Count,
  // -1: the fit has started but no batch has finished yet (fitTracker's first report).
  batch: v.pipe(v.number(), v.integer(), v.minValue(-1)),
  batches: Count,
  loss: AnyNumber,
  accuracy: AnyNumber,
  history: v.object({ loss: NumberList, accuracy: NumberList }),
  lines: list(text(1000)),
  etaSeconds: v.optional(AnyNumber),
  elapsedSeconds: AnyNumber,
  estimateSeconds: v.optional(AnyNumber),
  fraction: AnyNumber,
  trainCount: Count,
});

export const SessionInfoSchema = v.object({
  backend: v.optional(Label),
  data: v.optional(DataDescriptorSchema),
  settings: LiveSettingsSchema,
  active: v.optional(CellIdSchema),
  training: v.optional(TrainingProgressSchema),
  loading: v.optional(LoadProgressSchema),
  fitStart: v.optional(FitStartSchema),
  notice: v.optional(Message),
});

/** Every key a cell id naming its own cell (a mirror merges them into its cells). */
export const SessionCellsSchema = v.pipe(
  v.record(v.string(), CellSnapshotSchema),
  v.check(
    (cells) => Object.entries(cells).every(([key, cell]) => isCellId(key) && cell.id === key),
    'cells filed under their own ids',
  ),
);

export const SessionSnapshotSchema = v.object({
  cells: v.pipe(
    SessionCellsSchema,
    v.check((cells) => LIVE_CELL_IDS.every((id) => id in cells), 'every cell present'),
  ),
  info: SessionInfoSchema,
});

/** The id a damaged stored cell still names, if any (to say which result was dropped). */
export function cellIdOf(x: unknown): CellId | undefined {
  const id = typeof x === 'object' && x !== null ? (x as { id?: unknown }).id : undefined;
  return typeof id === 'string' && isCellId(id) ? id : undefined;
}

// The declared types (types.ts, fitPlan.ts) and these schemas must agree (see Agrees).
type _Agree = AllAgree<
  [
    Agrees<typeof CellOutputSchema, CellOutput>,
    Agrees<typeof FitRecordSchema, FitRecord>,
    Agrees<typeof CellSnapshotSchema, CellSnapshot>,
    Agrees<typeof LiveSettingsSchema, LiveSettings>,
    Agrees<typeof FitEstimateSchema, FitEstimate>,
    Agrees<typeof FitStartSchema, FitStart>,
    Agrees<typeof TrainingProgressSchema, TrainingProgress>,
    Agrees<typeof SessionInfoSchema, SessionInfo>,
  ]
>;
