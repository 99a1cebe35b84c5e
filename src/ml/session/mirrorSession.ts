import type { WidgetBus } from '../../model/index.ts';
import { parseSessionMessage, SESSION_TOPIC, type SessionMessage } from './busProtocol.ts';
import {
  CELL_SPECS,
  type CellId,
  LIVE_CELL_IDS,
  prerequisiteOrder,
  type TrainedKind,
} from './cellCatalog.ts';
import type { SessionStore } from './deps.ts';
import { fittedWeights } from './fitted.ts';
import { notifyAll } from './listeners.ts';
import type { LiveSession } from './liveSession.ts';
import { settingsKey } from './settings.ts';
import {
  type CellSnapshot,
  LECTURE_SETTINGS,
  type LiveSettings,
  type SessionInfo,
  type SessionSnapshot,
} from './types.ts';

export interface MirrorOptions {
  readonly bus?: WidgetBus;
  readonly settings?: LiveSettings;
  /** Where the computing window stores fitted models (draw-a-digit reads them from here). */
  readonly store?: SessionStore;
}

const idle = (id: CellId): CellSnapshot => ({ id, state: 'idle', outputs: [], status: '' });

/** Every cell idle: a new session's (or a reset one's) cells. */
export const idleCells = (): Record<CellId, CellSnapshot> =>
  Object.fromEntries(LIVE_CELL_IDS.map((id) => [id, idle(id)])) as Record<CellId, CellSnapshot>;

/** A new session's info: nothing loaded, nothing running. */
export const initialInfo = (settings: LiveSettings): SessionInfo => ({
  backend: undefined,
  data: undefined,
  settings,
  active: undefined,
  training: undefined,
});

/**
 * The models running `id` would train first: a fit cell on the way that is not done, or done
 * but holding no weights (`live`: cells whose results are in the computing window's memory).
 */
export function untrainedBefore(
  cells: Readonly<Record<CellId, CellSnapshot>>,
  id: CellId,
  live: ReadonlySet<CellId> = new Set(),
): TrainedKind[] {
  return [...prerequisiteOrder(id), id]
    .filter((c) => cells[c].state !== 'done' || (c !== id && !live.has(c) && !cells[c].source))
    .map((c) => CELL_SPECS[c].trains)
    .filter((k): k is TrainedKind => k !== undefined);
}

/**
 * The session of a window that mirrors the computing one (the audience window): it keeps the
 * cells and progress it hears over the bus and forwards run, cancel, reset and the answer to
 * a fit's prompt (naming the prompt it saw); it never
 * computes. No tfjs here: the projector's window loads it only to copy a fitted model (for
 * draw-a-digit), which it reads from the store the computing window saved it to.
 */
export function createMirrorSession(options: MirrorOptions): LiveSession {
  const settings = options.settings ?? LECTURE_SETTINGS;
  const key = `live-session-${settingsKey(settings)}`;
  const listeners = new Set<(s: SessionSnapshot) => void>();
  let cells = idleCells();
  let info = initialInfo(settings);
  let disposed = false;
  const snapshot = (): SessionSnapshot => ({ cells: { ...cells }, info });
  const post = (message: SessionMessage): void => options.bus?.post(SESSION_TOPIC, message);

  const onMessage = (data: unknown): void => {
    const m = parseSessionMessage(data);
    if (m === undefined || disposed) return;
    if (m.type === 'snapshot') {
      cells = { ...cells, ...m.snapshot.cells };
      info = m.snapshot.info;
    } else if (m.type === 'cell') {
      cells = { ...cells, [m.cell.id]: m.cell };
      info = m.info;
    } else if (m.type === 'info') info = m.info;
    else return;
    notifyAll(listeners, snapshot());
  };
  const unsubscribe = options.bus?.on(SESSION_TOPIC, onMessage) ?? (() => {});
  post({ v: 1, type: 'hello' });

  return {
    role: 'audience',
    ready: Promise.resolve(),
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    untrained: (id) => untrainedBefore(cells, id),
    run(id, runOptions = {}) {
      post({
        v: 1,
        type: 'run',
        id,
        pretrained: runOptions.pretrained === true,
        ...(runOptions.budgetSeconds === undefined
          ? {}
          : { budgetSeconds: runOptions.budgetSeconds }),
      });
      return Promise.resolve();
    },
    cancel: () => post({ v: 1, type: 'cancel' }),
    choose(choice, start) {
      const id = start ?? info.fitStart?.id;
      if (id !== undefined) post({ v: 1, type: 'choose', choice, start: id });
    },
    reset() {
      post({ v: 1, type: 'reset' });
      return Promise.resolve();
    },
    async copyFittedModel(kind) {
      if (disposed || fittedWeights(snapshot(), kind) === undefined) return undefined;
      const [{ copyFittedModel }, { createWorkspace }] = await Promise.all([
        import('./fittedModel.ts'),
        import('./workspace.ts'),
      ]);
      return copyFittedModel(createWorkspace(), kind, options.store, `${key}-${kind}`);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      unsubscribe();
      listeners.clear();
    },
  };
}
