import { FIT_BUDGET } from '../../model/fitBudget.ts';
import type { LoadProgress } from '../data/types.ts';
import { backendTitle } from '../worker/backendRequest.ts';
import { parseSessionMessage, SESSION_TOPIC, type SessionMessage } from './busProtocol.ts';
import {
  CELL_SPECS,
  type CellId,
  LIVE_CELL_IDS,
  prerequisiteOrder,
  type TrainedKind,
} from './cellCatalog.ts';
import { createChoiceGate } from './choiceGate.ts';
import type { FitStart } from './fitPlan.ts';
import { FIT_CELLS, fittedWeights, MISSING_WEIGHTS, MODEL_CELLS } from './fitted.ts';
import { copyFittedModel } from './fittedModel.ts';
import { notifyAll } from './listeners.ts';
import type { LiveSession, SessionOptions } from './liveSession.ts';
import { createMirrorSession, idleCells, initialInfo, untrainedBefore } from './mirrorSession.ts';
import { RUNNERS } from './runners.ts';
import { settingsKey } from './settings.ts';
import { damagedNotice, readPersistedSession, storageFailure } from './store.ts';
import {
  type CellSnapshot,
  LECTURE_SETTINGS,
  type SessionInfo,
  type SessionSnapshot,
  type TrainingProgress,
} from './types.ts';
import { clearWorkspace, createWorkspace } from './workspace.ts';

export type { LiveSession, ModelCopy, SessionOptions } from './liveSession.ts';

type CellPatch = { readonly [K in keyof CellSnapshot]?: CellSnapshot[K] | undefined };

const FORGET: CellPatch = Object.freeze({ source: undefined, trained: undefined });
const idle = (id: CellId): CellSnapshot => ({ id, state: 'idle', outputs: [], status: '' });
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The notebook session shared by every live cell of a presentation (no DOM). In a mirroring
 * window (`role: 'audience'`) it is the mirror, which never computes.
 */
export function createSession(options: SessionOptions): LiveSession {
  if (options.role === 'audience') {
    return createMirrorSession({
      ...(options.bus === undefined ? {} : { bus: options.bus }),
      ...(options.settings === undefined ? {} : { settings: options.settings }),
      ...(options.deps.store === undefined ? {} : { store: options.deps.store }),
    });
  }
  const { deps } = options;
  const role = 'main';
  const settings = options.settings ?? LECTURE_SETTINGS;
  const seed = options.seed ?? 2026;
  const now = options.now ?? (() => performance.now());
  const key = `live-session-${settingsKey(settings)}`;
  const ws = createWorkspace();
  const modelKey = (kind: TrainedKind): string => `${key}-${kind}`;
  const live = new Set<CellId>();
  const listeners = new Set<(s: SessionSnapshot) => void>();
  let cells = idleCells();
  let info: SessionInfo = initialInfo(settings);
  let queue: Promise<void> = Promise.resolve();
  let current: AbortController | undefined;
  let generation = 0;
  let disposed = false;
  const gate = createChoiceGate();
  let fitStarts = 0;

  const snapshot = (): SessionSnapshot => ({ cells: { ...cells }, info });
  const post = (m: SessionMessage): void => options.bus?.post(SESSION_TOPIC, m);
  const notify = (): void => notifyAll(listeners, snapshot());
  /** Applies `patch`; a key set to undefined (e.g. `error`) is removed. */
  const setCell = (id: CellId, patch: CellPatch): void => {
    const merged: Record<string, unknown> = { ...cells[id], ...patch };
    for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
    const next = merged as unknown as CellSnapshot;
    cells = { ...cells, [id]: next };
    post({ v: 1, type: 'cell', cell: next, info });
    notify();
  };
  const setInfo = (patch: Partial<SessionInfo>): void => {
    info = { ...info, ...patch };
    post({ v: 1, type: 'info', info });
    notify();
  };

  /** Stores the finished cells; says why when that fails (quota, IndexedDB errors). */
  const persist = async (): Promise<string | undefined> => {
    const done = LIVE_CELL_IDS.map((id) => cells[id]).filter((c) => c.state === 'done');
    try {
      await deps.store?.save(key, { version: 1, cells: done });
      return undefined;
    } catch (error) {
      return `Не вдалося зберегти результати: ${message(error)} — після перезавантаження їх не буде`;
    }
  };

  /** A model cell builds fresh weights: its fit cell forgets where the old ones came from. */
  const invalidateDependents = (cell: CellId): void => {
    const fresh = Object.values(MODEL_CELLS).includes(cell);
    for (const id of LIVE_CELL_IDS) {
      if (id === cell || !prerequisiteOrder(id).includes(cell)) continue;
      live.delete(id);
      const forget = fresh && CELL_SPECS[id].trains !== undefined;
      if (cells[id].state === 'done') setCell(id, { ...idle(id), ...(forget ? FORGET : {}) });
      else if (forget && cells[id].source !== undefined) setCell(id, FORGET);
    }
  };

  /** A fit's start (measuring, the prompt) in the info; one id from its start to its end. */
  const setFitStart = (start: Omit<FitStart, 'id'> | undefined): void => {
    if (start === undefined) {
      if (info.fitStart !== undefined) setInfo({ fitStart: undefined });
      return;
    }
    if (info.fitStart === undefined) fitStarts += 1;
    setInfo({ fitStart: { ...info.fitStart, ...start, id: info.fitStart?.id ?? fitStarts } });
  };

  const execute = async (
    id: CellId,
    pretrained: boolean,
    gen: number,
    budgetSeconds: number,
  ): Promise<void> => {
    if (gen !== generation || disposed) return;
    const controller = new AbortController();
    current = controller;
    const stale = () => gen !== generation || disposed;
    setInfo({ active: id });
    try {
      for (const cell of [...prerequisiteOrder(id), id]) {
        const before = cells[cell];
        const target = cell === id;
        if (!target && before.state === 'done' && live.has(cell)) continue;
        const replay = !target && before.state === 'done';
        const title = CELL_SPECS[cell].title;
        if (!target) setCell(id, { state: 'running', status: `Спершу: ${title}…` });
        setCell(cell, {
          state: 'running',
          status: replay ? 'Відновлення…' : 'Виконується…',
          error: undefined,
          ...(replay ? {} : { notice: undefined }),
        });
        try {
          const backend = backendTitle(await deps.backend());
          if (info.backend !== backend) setInfo({ backend });
          const result = await RUNNERS[cell]({
            ws,
            deps,
            settings,
            signal: controller.signal,
            replay,
            pretrained,
            previous: before,
            seed,
            modelKey,
            onTraining: (training: TrainingProgress | undefined) => {
              if (!stale()) setInfo({ training });
            },
            onLoading: (loading: LoadProgress | undefined) => {
              if (!stale()) setInfo({ loading });
            },
            now,
            budgetSeconds,
            onFitStart: (start) => {
              if (!stale()) setFitStart(start);
            },
            awaitChoice: () => gate.wait(info.fitStart?.id ?? 0, controller.signal),
          });
          if (stale()) return;
          // A step that does not listen for the cancel (the data download, building a model)
          // ends the run here: the next steps do not start, and this one counts as cancelled.
          controller.signal.throwIfAborted();
          if (cell === 'mnist-load' && ws.data) setInfo({ data: ws.data.descriptor });
          live.add(cell);
          if (replay) {
            setCell(cell, { state: 'done', status: '' });
            continue;
          }
          invalidateDependents(cell);
          setCell(cell, {
            state: 'done',
            status: '',
            outputs: result.outputs,
            backend,
            source: result.source,
            trained: result.trained,
            notice: result.notice,
          });
          const unsaved = await persist();
          if (unsaved !== undefined && !stale()) {
            setCell(cell, { notice: [result.notice, unsaved].filter(Boolean).join(' ') });
          }
        } catch (error) {
          if (stale()) return;
          const revert = (c: CellSnapshot) => (c.outputs.length > 0 ? 'done' : 'idle');
          if (controller.signal.aborted) {
            setCell(cell, { state: revert(before), status: 'Скасовано' });
            if (!target) setCell(id, { state: revert(cells[id]), status: 'Скасовано' });
          } else {
            // A fit whose stored weights are gone or damaged forgets them: the next run trains.
            const lost = replay && CELL_SPECS[cell].trains !== undefined ? FORGET : {};
            setCell(cell, { ...lost, state: 'error', status: '', error: message(error) });
            if (!target) {
              setCell(id, {
                state: 'error',
                status: '',
                error: `Не вдалося виконати «${title}»: ${message(error)}`,
              });
            }
          }
          return;
        }
      }
    } finally {
      // Whatever ended the run (an error while a fit prompt waited, say), nothing of it may
      // wait on: a pending choice is rejected, so a late `choose` resumes nothing.
      controller.abort();
      if (current === controller) current = undefined;
      if (!stale()) setInfo({ active: undefined, training: undefined, loading: undefined });
    }
  };

  /** Stored results come back cell by cell; damaged ones are dropped (and said so). */
  const restore = async (): Promise<void> => {
    if (deps.store === undefined) return;
    let loaded: unknown;
    try {
      loaded = await deps.store.load(key);
    } catch (error) {
      // The lecture goes on without the stored results, and the lecturer is told why.
      if (disposed) return;
      info = {
        ...info,
        notice: `Не вдалося прочитати збережені результати: ${storageFailure(error).message}.`,
      };
      notify();
      return;
    }
    const stored = readPersistedSession(loaded);
    if (stored === undefined || disposed) return;
    for (const c of stored.cells) {
      if (cells[c.id].state !== 'idle') continue;
      // A notice was about the run that stored it (e.g. a failed save): not about this reload.
      const { notice: _old, ...kept } = c;
      cells = { ...cells, [c.id]: { ...kept, state: 'done', status: '' } };
    }
    if (stored.damaged) {
      info = { ...info, notice: damagedNotice(stored.dropped) };
      await persist();
    }
    notify();
  };
  // Never rejects: every run waits for it.
  const ready = restore().catch((error: unknown) => {
    console.error('live session: restoring stored results failed', error);
  });

  /** The stored weights of a fit cell that says it trained would not load: it says so. */
  const weightsLost = (kind: TrainedKind, notice: string): void => {
    const id = FIT_CELLS[kind];
    if (disposed || cells[id].source !== 'trained' || cells[id].state === 'running') return;
    live.delete(id);
    setCell(id, {
      ...FORGET,
      state: cells[id].state === 'done' ? 'idle' : cells[id].state,
      notice,
    });
    void persist();
  };

  const session: LiveSession = {
    role,
    ready,
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    untrained: (id) => untrainedBefore(cells, id, live),
    run(id, runOptions = {}) {
      const pretrained = runOptions.pretrained === true;
      // The URL's budget (tests, rehearsals) wins over the presenter's setting.
      const budget = settings.budgetSeconds ?? runOptions.budgetSeconds ?? FIT_BUDGET.initial;
      if (disposed || cells[id].state === 'running') return queue;
      if (info.active !== undefined) setCell(id, { state: 'running', status: 'У черзі…' });
      const gen = generation;
      const previous = queue;
      queue = Promise.all([ready, previous])
        .then(() => execute(id, pretrained, gen, budget))
        .catch(() => undefined);
      return queue;
    },
    cancel() {
      current?.abort();
    },
    choose(choice, start) {
      gate.choose(choice, start);
    },
    async reset() {
      generation += 1;
      current?.abort();
      await queue;
      clearWorkspace(ws);
      live.clear();
      cells = idleCells();
      info = {
        ...info,
        active: undefined,
        training: undefined,
        loading: undefined,
        fitStart: undefined,
        data: undefined,
      };
      info = { ...info, notice: undefined };
      try {
        await deps.store?.clear(key);
      } catch (error) {
        info = {
          ...info,
          notice: `Не вдалося стерти збережені результати: ${storageFailure(error).message}. Після перезавантаження вони повернуться.`,
        };
      }
      post({ v: 1, type: 'snapshot', snapshot: snapshot() });
      notify();
    },
    async copyFittedModel(kind) {
      if (disposed || fittedWeights(snapshot(), kind) === undefined) return undefined;
      try {
        const copy = await copyFittedModel(ws, kind, deps.store, modelKey(kind));
        if (copy === undefined) weightsLost(kind, MISSING_WEIGHTS);
        return copy;
      } catch (error) {
        weightsLost(kind, message(error));
        throw error;
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      current?.abort();
      unsubscribe();
      listeners.clear();
      clearWorkspace(ws);
      void queue.then(() => clearWorkspace(ws));
    },
  };

  const onMessage = (data: unknown): void => {
    const m = parseSessionMessage(data);
    if (m === undefined || disposed) return;
    if (m.type === 'hello') post({ v: 1, type: 'snapshot', snapshot: snapshot() });
    else if (m.type === 'run') {
      void session.run(m.id, {
        pretrained: m.pretrained,
        ...(m.budgetSeconds === undefined ? {} : { budgetSeconds: m.budgetSeconds }),
      });
    } else if (m.type === 'choose') session.choose(m.choice, m.start);
    else if (m.type === 'cancel') session.cancel();
    else if (m.type === 'reset') void session.reset();
  };
  const unsubscribe = options.bus?.on(SESSION_TOPIC, onMessage) ?? (() => {});
  // Mirrors opened before this session existed get its (restored) state now.
  void ready.then(() => post({ v: 1, type: 'snapshot', snapshot: snapshot() }));
  return session;
}
