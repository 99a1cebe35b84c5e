import { LIVE_CELL_IDS } from '../../src/ml/session/cellCatalog.ts';
import { figureStandIns } from '../../src/widgets/standIns.ts';

/** What the deck check must know of the app: the figures widgets stand in for, the cell ids. */
export const APP_CHECK_OPTIONS = Object.freeze({ figureStandIns, liveCellIds: LIVE_CELL_IDS });
