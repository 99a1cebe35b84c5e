import type { LayersModel } from '@tensorflow/tfjs';
import type { TrainedKind } from '../../ml/session/cellCatalog.ts';
import { DAMAGED_WEIGHTS, fittedWeights, lostWeights } from '../../ml/session/fitted.ts';
import type { LiveSession, ModelCopy } from '../../ml/session/liveSession.ts';
import { sessionLink } from '../../ml/session/sessionLink.ts';
import type { SessionSnapshot } from '../../ml/session/types.ts';
import type { WidgetContext } from '../../model/index.ts';
import type { MlRuntime } from '../shared/mlRuntime.ts';
import { lectureCaption, pretrainedCaption } from './models.ts';

export interface ModelChoice {
  readonly kind: TrainedKind;
  readonly model: LayersModel;
  /** «натренована на лекції · 2 епохи · 512 зразків» or «натренована заздалегідь · …». */
  readonly caption: string;
  readonly source: 'lecture' | 'pretrained';
}

interface Slot {
  /** Which weights are chosen: the fit's timestamp, or 'pretrained'. */
  key: string | undefined;
  copy: ModelCopy | undefined;
  generation: number;
}

/**
 * Which weights draw-a-digit predicts with: the models trained in this lecture's live
 * session when it has any, else the runtime's pretrained ones. It watches the session (it
 * never creates it: without a live cell run there is none, and the cold start stays as fast)
 * and follows its changes without polling; a trained model is copied once per change (the
 * copy shares the weights' memory) and the replaced copy is disposed.
 */
export function watchModels(options: {
  readonly context: WidgetContext;
  readonly runtime: MlRuntime;
  readonly kinds: readonly TrainedKind[];
  readonly onChoice: (choice: ModelChoice) => void;
  readonly onError: (error: unknown) => void;
}): {
  readonly ready: Promise<void>;
  /**
   * The chosen lecture-trained model of `kind` gives no numbers (NaN, Infinity: broken weights):
   * use the pretrained one from now on, until the session trains new weights.
   */
  fallBack(kind: TrainedKind): void;
  dispose(): void;
} {
  const { runtime, kinds } = options;
  const slots = new Map<TrainedKind, Slot>(
    kinds.map((k) => [k, { key: undefined, copy: undefined, generation: 0 }]),
  );
  let disposed = false;
  let session: LiveSession | undefined;
  let offSession = (): void => {};
  const chosen = new Set<TrainedKind>();
  let allChosen = (): void => {};
  const ready = new Promise<void>((resolve) => {
    allChosen = resolve;
  });

  const choose = (slot: Slot, kind: TrainedKind, choice: ModelChoice, copy?: ModelCopy): void => {
    const old = slot.copy;
    slot.copy = copy;
    options.onChoice(choice);
    old?.dispose();
    chosen.add(kind);
    if (chosen.size === slots.size) allChosen();
  };
  const usePretrained = (slot: Slot, kind: TrainedKind, generation: number, note = ''): void => {
    runtime.pretrained(kind).then((p) => {
      if (disposed || slot.generation !== generation) return;
      const caption = pretrainedCaption(p.info?.testAccuracy) + note;
      choose(slot, kind, { kind, model: p.model, caption, source: 'pretrained' });
    }, options.onError);
  };

  /** Why the lecture's weights are not used, for the caption (empty: none were trained). */
  const LOST = {
    damaged: ' (збережені ваги з лекції пошкоджені)',
    missing: ' (ваги з лекції не збереглися)',
  } as const;
  const lostNote = (snap: SessionSnapshot | undefined, kind: TrainedKind): string => {
    const lost = snap === undefined ? undefined : lostWeights(snap, kind);
    return lost === undefined ? '' : LOST[lost];
  };

  const update = (snap: SessionSnapshot | undefined): void => {
    for (const [kind, slot] of slots) {
      const record = snap === undefined ? undefined : fittedWeights(snap, kind);
      const lost = record === undefined ? lostNote(snap, kind) : '';
      const key = record === undefined ? `pretrained${lost}` : String(record.at);
      if (key === slot.key) continue;
      slot.key = key;
      const generation = ++slot.generation;
      const from = session;
      if (record === undefined || from === undefined) {
        usePretrained(slot, kind, generation, lost);
        continue;
      }
      // Loading stored weights builds variables: the backend must be chosen first (a mirroring
      // window has not started it yet).
      void runtime
        .backend()
        .then(() => from.copyFittedModel(kind))
        .then(
          (copy) => {
            if (disposed || slot.generation !== generation) {
              copy?.dispose();
              return;
            }
            if (copy === undefined) usePretrained(slot, kind, generation, LOST.missing);
            else {
              const caption = lectureCaption(record);
              choose(slot, kind, { kind, model: copy.model, caption, source: 'lecture' }, copy);
            }
          },
          (error: unknown) => {
            const damaged = error instanceof Error && error.message === DAMAGED_WEIGHTS;
            const note = damaged ? LOST.damaged : ' (ваги з лекції не вдалося завантажити)';
            usePretrained(slot, kind, generation, note);
          },
        );
    }
  };

  const offLink = sessionLink(options.context).watch((next) => {
    offSession();
    session = next;
    offSession = next?.subscribe(update) ?? (() => {});
    update(next?.snapshot());
  });

  return {
    ready,
    fallBack(kind) {
      const slot = slots.get(kind);
      if (slot === undefined || disposed || slot.copy === undefined) return;
      // The key stays the broken fit's: only new weights from the session replace this choice.
      const generation = ++slot.generation;
      usePretrained(slot, kind, generation, ' (ваги з лекції пошкоджені)');
    },
    dispose() {
      disposed = true;
      offLink();
      offSession();
      for (const slot of slots.values()) {
        slot.copy?.dispose();
        slot.copy = undefined;
      }
    },
  };
}
