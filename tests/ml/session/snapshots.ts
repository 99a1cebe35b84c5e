import { LIVE_CELL_IDS } from '../../../src/ml/session/cellCatalog.ts';
import {
  type CellSnapshot,
  LECTURE_SETTINGS,
  type SessionSnapshot,
} from '../../../src/ml/session/types.ts';

/** A session snapshot with every cell idle (no tfjs), `dense-fit` patched with `fit`. */
export function snapshotWithFit(
  fit: { readonly [K in keyof CellSnapshot]?: CellSnapshot[K] | undefined } = {},
): SessionSnapshot {
  const cells = Object.fromEntries(
    LIVE_CELL_IDS.map((id) => [id, { id, state: 'idle', outputs: [], status: '' }]),
  ) as unknown as Record<(typeof LIVE_CELL_IDS)[number], CellSnapshot>;
  const merged = Object.entries({ ...cells['dense-fit'], ...fit }).filter(
    ([, v]) => v !== undefined,
  );
  cells['dense-fit'] = Object.fromEntries(merged) as unknown as CellSnapshot;
  return {
    cells,
    info: {
      backend: undefined,
      data: undefined,
      settings: LECTURE_SETTINGS,
      active: undefined,
      training: undefined,
    },
  };
}
