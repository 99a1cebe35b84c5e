import { describe, expect, it } from 'vitest';
import { threadsUk, wasmThreadCount } from '../../src/ml/backend.ts';
import { backendFromQuery } from '../../src/ml/worker/backendRequest.ts';

describe('how many wasm threads a page gets (wasmThreadCount)', () => {
  it('is 1 without cross-origin isolation, whatever the cores', () => {
    expect(wasmThreadCount({ isolated: false, logicalCores: 16 })).toBe(1);
  });

  it('is half the logical cores when isolated, as tfjs gives XNNPACK, at most 8', () => {
    expect(wasmThreadCount({ isolated: true, logicalCores: 2 })).toBe(1);
    expect(wasmThreadCount({ isolated: true, logicalCores: 3 })).toBe(1);
    expect(wasmThreadCount({ isolated: true, logicalCores: 4 })).toBe(2);
    expect(wasmThreadCount({ isolated: true, logicalCores: 12 })).toBe(6);
    expect(wasmThreadCount({ isolated: true, logicalCores: 64 })).toBe(8);
  });

  it('is 1 for a browser that reports no cores', () => {
    expect(wasmThreadCount({ isolated: true, logicalCores: 0 })).toBe(1);
  });
});

describe('the thread count in Ukrainian', () => {
  it('declines «потік» by number (the rule itself: tests/model/pluralUk.test.ts)', () => {
    expect([1, 2, 4, 5, 8, 11, 12, 21, 22].map(threadsUk).join(', ')).toBe(
      '1 потік, 2 потоки, 4 потоки, 5 потоків, 8 потоків, 11 потоків, 12 потоків, 21 потік, 22 потоки',
    );
  });
});

describe('?threads= in the page URL', () => {
  it('asks for a whole number of threads from 1 to 8, beside ?backend=', () => {
    expect(backendFromQuery('?threads=2')).toEqual({ request: { threads: 2 } });
    expect(backendFromQuery('?backend=wasm&threads=1')).toEqual({
      request: { force: 'wasm', threads: 1 },
    });
    expect(backendFromQuery('?threads=8').request).toEqual({ threads: 8 });
  });

  it('ignores a bad value with a note, and keeps the backend asked for', () => {
    for (const bad of ['0', '9', '2.5', 'two', '-1', '1e1']) {
      const query = backendFromQuery(`?backend=wasm&threads=${bad}`);
      expect(query.request, bad).toEqual({ force: 'wasm' });
      expect(query.note, bad).toBe(`?threads= має бути цілим числом від 1 до 8, а не «${bad}»`);
    }
    expect(backendFromQuery('?threads=').request).toEqual({});
  });

  it('gives both notes when both values are bad', () => {
    expect(backendFromQuery('?backend=cuda&threads=99').note).toBe(
      'невідомий бекенд «cuda» у ?backend= (є: webgpu, webgl, wasm, cpu); ' +
        '?threads= має бути цілим числом від 1 до 8, а не «99»',
    );
  });

  // How the thread count travels to the training Worker: tests/ml/worker/protocol.test.ts.
});
