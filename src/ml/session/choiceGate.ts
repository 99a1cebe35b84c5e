import type { FitChoice } from './fitPlan.ts';

/**
 * Where a fit over the time budget waits for the lecturer (no DOM): `wait` resolves with the
 * choice made for that prompt `id`, or rejects when `signal` aborts (cancel, reset). One
 * prompt at a time (the session runs one cell at a time).
 */
export function createChoiceGate() {
  let pending: { readonly id: number; readonly resolve: (choice: FitChoice) => void } | undefined;
  return {
    wait(id: number, signal: AbortSignal): Promise<FitChoice> {
      return new Promise((resolve, reject) => {
        const abort = () => {
          if (pending?.id === id) pending = undefined;
          reject(new DOMException('Training was cancelled', 'AbortError'));
        };
        if (signal.aborted) return abort();
        signal.addEventListener('abort', abort, { once: true });
        pending = {
          id,
          resolve: (choice) => {
            signal.removeEventListener('abort', abort);
            pending = undefined;
            resolve(choice);
          },
        };
      });
    },
    /** Answers the waiting prompt (if `id` is given, only that one); false when none waits. */
    choose(choice: FitChoice, id?: number): boolean {
      if (pending === undefined || (id !== undefined && id !== pending.id)) return false;
      pending.resolve(choice);
      return true;
    },
  };
}
