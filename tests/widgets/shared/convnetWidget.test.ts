import { describe, expect, it } from 'vitest';
import { convnetGuard, testDigitParam } from '../../../src/widgets/shared/convnetWidget.ts';
import type { Frame } from '../../../src/widgets/shared/frame.ts';

/** Just what the guard uses of a frame: cleanups and the root's dataset. */
function fakeFrame() {
  const cleanups: (() => void)[] = [];
  const dataset: Record<string, string> = { ready: '' };
  const frame = {
    root: { dataset },
    onDispose: (cleanup: () => void) => cleanups.push(cleanup),
  } as unknown as Frame; // only root.dataset and onDispose are read
  const dispose = (): void => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  return { frame, dataset, dispose };
}

describe('convnetGuard', () => {
  it('keeps only the latest step current', () => {
    const { frame } = fakeFrame();
    const guard = convnetGuard(frame, []);
    const first = guard.begin();
    expect(first()).toBe(true);
    const second = guard.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('on dispose: no step is current, owned parts are disposed, data-ready goes', () => {
    const { frame, dataset, dispose } = fakeFrame();
    let owned = 0;
    const guard = convnetGuard(frame, [{ dispose: () => owned++ }, { dispose: () => owned++ }]);
    const step = guard.begin();
    expect(guard.disposed()).toBe(false);
    dispose();
    expect(guard.disposed()).toBe(true);
    expect(step()).toBe(false);
    expect(owned).toBe(2);
    expect(dataset.ready).toBeUndefined();
  });
});

describe('testDigitParam', () => {
  it('is a test index: 0 by default, a whole non-negative number otherwise', () => {
    expect(testDigitParam({})).toEqual({ ok: true, value: 0 });
    expect(testDigitParam({ digit: '42' })).toEqual({ ok: true, value: 42 });
    expect(testDigitParam({ digit: '-1' }).ok).toBe(false);
    expect(testDigitParam({ digit: '2.5' }).ok).toBe(false);
  });
});
