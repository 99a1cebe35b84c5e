import { buildModel } from '../models/buildModels.ts';
import { disposeModel } from '../models/kerasRmsprop.ts';
import type { TrainedKind } from './cellCatalog.ts';
import type { SessionStore } from './deps.ts';
import { DAMAGED_WEIGHTS } from './fitted.ts';
import type { ModelCopy } from './liveSession.ts';
import type { Workspace } from './workspace.ts';

/**
 * A copy of the workspace's fitted `kind` model, else of the stored one (after a reload the
 * workspace is rebuilt only when a cell needs it; a mirroring window has none). The copy
 * shares the weights' memory with its source (tfjs counts references), so making it costs
 * no weight copying and the session may dispose its model while the copy is in use.
 * Undefined when nothing is stored; throws `DAMAGED_WEIGHTS` when the stored model would not
 * load (truncated weights, an IndexedDB error).
 */
export async function copyFittedModel(
  ws: Workspace,
  kind: TrainedKind,
  store: SessionStore | undefined,
  storeKey: string,
): Promise<ModelCopy | undefined> {
  const source = ws.fitted[kind] ? ws[kind] : undefined;
  if (source !== undefined) {
    const model = buildModel(kind, { compile: false });
    model.setWeights(source.getWeights());
    return { model, dispose: () => disposeModel(model) };
  }
  const stored = await store?.loadModel(storeKey).catch((cause: unknown) => {
    throw new Error(DAMAGED_WEIGHTS, { cause });
  });
  return stored === undefined ? undefined : { model: stored, dispose: () => disposeModel(stored) };
}
