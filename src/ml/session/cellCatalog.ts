/**
 * The live cells of lecture 5: one per code slide of the two workflows, with the cells each
 * one needs first (like a notebook run top to bottom). Pure data, no tfjs: the deck check
 * imports it to report unknown cell ids.
 */
export const LIVE_CELL_IDS = [
  'mnist-load',
  'train-shapes',
  'test-shapes',
  'dense-model',
  'dense-compile',
  'dense-prepare',
  'dense-fit',
  'dense-predict',
  'dense-argmax',
  'dense-evaluate',
  'convnet-model',
  'convnet-summary',
  'nopool-summary',
  'convnet-fit',
  'convnet-evaluate',
] as const;

export type CellId = (typeof LIVE_CELL_IDS)[number];

/** The models that a cell trains (fit cells can use the pretrained weights instead). */
export type TrainedKind = 'dense' | 'convnet';

export interface CellSpec {
  readonly id: CellId;
  /** Short Ukrainian name shown in progress ("Спершу: …"). */
  readonly title: string;
  /** Cells that must have run before this one (direct prerequisites). */
  readonly requires: readonly CellId[];
  /** Set on fit cells: the model they train. */
  readonly trains?: TrainedKind;
}

const spec = (
  id: CellId,
  title: string,
  requires: readonly CellId[],
  trains?: TrainedKind,
): CellSpec => Object.freeze({ id, title, requires, ...(trains ? { trains } : {}) });

export const CELL_SPECS: Readonly<Record<CellId, CellSpec>> = Object.freeze({
  'mnist-load': spec('mnist-load', 'завантаження MNIST', []),
  'train-shapes': spec('train-shapes', 'навчальний набір', ['mnist-load']),
  'test-shapes': spec('test-shapes', 'тестовий набір', ['mnist-load']),
  'dense-model': spec('dense-model', 'архітектура мережі', []),
  'dense-compile': spec('dense-compile', 'компіляція', ['dense-model']),
  'dense-prepare': spec('dense-prepare', 'підготовка даних', ['mnist-load']),
  'dense-fit': spec(
    'dense-fit',
    'навчання щільної мережі',
    ['dense-compile', 'dense-prepare'],
    'dense',
  ),
  'dense-predict': spec('dense-predict', 'прогноз', ['dense-fit']),
  'dense-argmax': spec('dense-argmax', 'argmax прогнозу', ['dense-predict']),
  'dense-evaluate': spec('dense-evaluate', 'оцінка щільної мережі', ['dense-fit']),
  'convnet-model': spec('convnet-model', 'згорткова мережа', []),
  'convnet-summary': spec('convnet-summary', 'model.summary()', ['convnet-model']),
  'nopool-summary': spec('nopool-summary', 'модель без max-pooling', []),
  'convnet-fit': spec(
    'convnet-fit',
    'навчання згорткової мережі',
    ['convnet-model', 'mnist-load'],
    'convnet',
  ),
  'convnet-evaluate': spec('convnet-evaluate', 'оцінка згорткової мережі', ['convnet-fit']),
});

export function isCellId(value: string): value is CellId {
  return (LIVE_CELL_IDS as readonly string[]).includes(value);
}

/** Every cell `id` needs, prerequisites first (topological, each once), without `id` itself. */
export function prerequisiteOrder(id: CellId): CellId[] {
  const out: CellId[] = [];
  const visit = (cell: CellId): void => {
    for (const r of CELL_SPECS[cell].requires) {
      if (out.includes(r)) continue;
      visit(r);
      out.push(r);
    }
  };
  visit(id);
  return out;
}
