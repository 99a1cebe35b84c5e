import { describe, expect, it } from 'vitest';
import { createMlRuntime } from '../../src/widgets/shared/mlRuntime.ts';

// The page's runtime reads `?backend=` (Node has neither WebGPU nor WebGL: a forced GPU backend
// falls back, and the choice says so where the presenter's preparation shows it, in `detail`).
// The runtime's wasm URLs are the browser's (Vite asset paths), so in Node wasm fails to start
// (tfjs logs why) and the choice lands on cpu.
describe('?backend= in the ML runtime', { timeout: 60_000 }, () => {
  it('passes the forced backend on and notes the fallback', async () => {
    const runtime = createMlRuntime('/', '?p=lecture5.md&backend=webgl');
    expect(runtime.backendRequest()).toEqual({ force: 'webgl' });
    const choice = await runtime.backend();
    expect(choice.name).not.toBe('webgl');
    expect(choice.forced).toBe('webgl');
    expect(choice.note).toMatch(/^webgl недоступний \(WebGL2 недоступний\), використано /);
    expect(choice.detail.startsWith(`${choice.note}; `)).toBe(true);
    runtime.dispose();
  });

  it('ignores an unknown backend with a note, and asks for nothing without one', async () => {
    const odd = createMlRuntime('/', '?backend=cuda');
    expect(odd.backendRequest()).toEqual({});
    expect((await odd.backend()).note).toMatch(/^невідомий бекенд «cuda» у \?backend=/);
    odd.dispose();
    const plain = createMlRuntime('/', '');
    expect(plain.backendRequest()).toEqual({});
    expect((await plain.backend()).note).toBeUndefined();
    plain.dispose();
  });
});
