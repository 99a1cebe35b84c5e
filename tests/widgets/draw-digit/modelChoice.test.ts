import type { LayersModel } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { DAMAGED_WEIGHTS, MISSING_WEIGHTS } from '../../../src/ml/session/fitted.ts';
import type { LiveSession, ModelCopy } from '../../../src/ml/session/liveSession.ts';
import { sessionLink } from '../../../src/ml/session/sessionLink.ts';
import type { FitRecord, SessionSnapshot } from '../../../src/ml/session/types.ts';
import { createWidgetContext } from '../../../src/widgets/context.ts';
import { type ModelChoice, watchModels } from '../../../src/widgets/draw-digit/modelChoice.ts';
import type { MlRuntime } from '../../../src/widgets/shared/mlRuntime.ts';
import { snapshotWithFit } from '../../ml/session/snapshots.ts';

const fake = (name: string) => ({ name }) as unknown as LayersModel;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const runtime = {
  backend: async () => ({ name: 'cpu', detail: '' }),
  pretrained: async (kind: string) => ({
    model: fake(`pretrained-${kind}`),
    info: { testAccuracy: 0.978 },
  }),
} as unknown as MlRuntime;

/** A session stand-in: a snapshot to change and copies that count their disposal. */
function fakeSession() {
  let snap: SessionSnapshot = snapshotWithFit();
  const listeners = new Set<(s: SessionSnapshot) => void>();
  const copies: { name: string; disposed: boolean }[] = [];
  const session = {
    snapshot: () => snap,
    subscribe(listener: (s: SessionSnapshot) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async copyFittedModel(kind: string): Promise<ModelCopy> {
      const entry = { name: `lecture-${kind}-${copies.length}`, disposed: false };
      copies.push(entry);
      return {
        model: fake(entry.name),
        dispose: () => {
          entry.disposed = true;
        },
      };
    },
  } as unknown as LiveSession;
  /** Patches the dense fit cell (a key set to undefined is removed) and notifies. */
  const patchFit = (patch: Parameters<typeof snapshotWithFit>[0]) => {
    snap = {
      ...snap,
      cells: {
        ...snap.cells,
        'dense-fit': snapshotWithFit({ ...snap.cells['dense-fit'], ...patch }).cells['dense-fit'],
      },
    };
    for (const l of listeners) l(snap);
  };
  return { session, patchFit, copies, listeners };
}

const trained = (at: number, epochs = 1): FitRecord => ({
  epochs,
  samples: 512,
  fits: epochs,
  base: 'seed',
  at,
});

describe('watchModels (draw-digit)', () => {
  it('uses the pretrained model when no live session exists, without creating one', async () => {
    const context = createWidgetContext();
    const choices: ModelChoice[] = [];
    const watch = watchModels({
      context,
      runtime,
      kinds: ['dense', 'convnet'],
      onChoice: (c) => choices.push(c),
      onError: (e) => {
        throw e;
      },
    });
    await watch.ready;
    expect(choices.map((c) => [c.kind, c.source, c.caption])).toEqual([
      ['dense', 'pretrained', 'натренована заздалегідь · 97,8 % на тесті'],
      ['convnet', 'pretrained', 'натренована заздалегідь · 97,8 % на тесті'],
    ]);
    expect(sessionLink(context).current).toBeUndefined();
    watch.dispose();
    context.dispose();
  });

  it('follows the session: one copy per trained model, the replaced copy disposed', async () => {
    const context = createWidgetContext();
    const { session, patchFit, copies, listeners } = fakeSession();
    const choices: ModelChoice[] = [];
    const watch = watchModels({
      context,
      runtime,
      kinds: ['dense'],
      onChoice: (c) => choices.push(c),
      onError: (e) => {
        throw e;
      },
    });
    await watch.ready;
    sessionLink(context).set(session);
    expect(listeners.size).toBe(1);
    patchFit({ state: 'done', source: 'trained', trained: trained(1) });
    await tick();
    expect(choices.at(-1)).toMatchObject({
      source: 'lecture',
      caption: 'натренована на лекції · 1 епоха · 512 зразків',
    });
    // Progress and other changes that keep the weights copy nothing.
    patchFit({ state: 'running', status: 'Виконується…' });
    patchFit({ state: 'done', status: '' });
    await tick();
    expect(copies).toHaveLength(1);
    // A continued fit: a new copy, the old one freed.
    patchFit({ trained: trained(2, 2) });
    await tick();
    expect(copies.map((c) => c.disposed)).toEqual([true, false]);
    expect(choices.at(-1)?.caption).toBe('натренована на лекції · 2 епохи · 512 зразків');
    // The model cell ran again (fresh weights): back to the pretrained model.
    patchFit({ state: 'idle', source: undefined, trained: undefined });
    await tick();
    expect(choices.at(-1)?.source).toBe('pretrained');
    expect(copies.every((c) => c.disposed)).toBe(true);
    patchFit({ state: 'done', source: 'trained', trained: trained(3) });
    await tick();
    watch.dispose();
    expect(copies.every((c) => c.disposed)).toBe(true);
    expect(listeners.size).toBe(0);
    context.dispose();
  });

  it('falls back to the pretrained model when the lecture’s weights are broken (NaN)', async () => {
    const context = createWidgetContext();
    const { session, patchFit, copies } = fakeSession();
    const choices: ModelChoice[] = [];
    const watch = watchModels({
      context,
      runtime,
      kinds: ['dense'],
      onChoice: (c) => choices.push(c),
      onError: (e) => {
        throw e;
      },
    });
    await watch.ready;
    sessionLink(context).set(session);
    patchFit({ state: 'done', source: 'trained', trained: trained(1) });
    await tick();
    expect(choices.at(-1)?.source).toBe('lecture');
    watch.fallBack('dense');
    await tick();
    expect(choices.at(-1)).toMatchObject({
      source: 'pretrained',
      caption: 'натренована заздалегідь · 97,8 % на тесті (ваги з лекції пошкоджені)',
    });
    expect(copies.map((c) => c.disposed)).toEqual([true]);
    // Unrelated session changes keep the fallback; new weights from a fit replace it.
    patchFit({ status: 'x' });
    await tick();
    expect(choices.at(-1)?.source).toBe('pretrained');
    patchFit({ trained: trained(2, 2) });
    await tick();
    expect(choices.at(-1)?.source).toBe('lecture');
    // Nothing to fall back from: the pretrained model itself.
    const count = choices.length;
    patchFit({ state: 'idle', source: undefined, trained: undefined });
    await tick();
    watch.fallBack('dense');
    await tick();
    expect(choices.length).toBe(count + 1);
    watch.dispose();
    context.dispose();
  });

  it('disposes a copy that arrives after the widget is gone', async () => {
    const context = createWidgetContext();
    const { session, patchFit, copies } = fakeSession();
    patchFit({ state: 'done', source: 'trained', trained: trained(1) });
    sessionLink(context).set(session);
    const watch = watchModels({
      context,
      runtime,
      kinds: ['dense'],
      onChoice: () => {},
      onError: () => {},
    });
    watch.dispose();
    await tick();
    expect(copies).toHaveLength(1);
    expect(copies[0]?.disposed).toBe(true);
    context.dispose();
  });

  it('says why it uses the pretrained model when the lecture’s stored weights are lost', async () => {
    const context = createWidgetContext();
    const { session, patchFit } = fakeSession();
    const failing = session as { copyFittedModel: LiveSession['copyFittedModel'] };
    failing.copyFittedModel = async () => {
      throw new Error(DAMAGED_WEIGHTS);
    };
    const choices: ModelChoice[] = [];
    const watch = watchModels({
      context,
      runtime,
      kinds: ['dense'],
      onChoice: (c) => choices.push(c),
      onError: (e) => {
        throw e;
      },
    });
    await watch.ready;
    sessionLink(context).set(session);
    patchFit({ state: 'done', source: 'trained', trained: trained(1) });
    await tick();
    await tick();
    const damaged =
      'натренована заздалегідь · 97,8 % на тесті (збережені ваги з лекції пошкоджені)';
    expect(choices.at(-1)).toMatchObject({ source: 'pretrained', caption: damaged });
    // The session then marks the fit cell: the caption keeps the reason.
    patchFit({ state: 'idle', source: undefined, trained: undefined, notice: DAMAGED_WEIGHTS });
    await tick();
    expect(choices.at(-1)?.caption).toBe(damaged);
    patchFit({ notice: MISSING_WEIGHTS });
    await tick();
    expect(choices.at(-1)?.caption).toBe(
      'натренована заздалегідь · 97,8 % на тесті (ваги з лекції не збереглися)',
    );
    watch.dispose();
    context.dispose();
  });
});
