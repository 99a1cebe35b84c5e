import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { nodeWasmPaths } from '../../scripts/lib/nodeWasmPaths.ts';
import { chooseBackend, chooseRequested } from '../../src/ml/backend.ts';

// Node has neither WebGPU nor WebGL: a forced GPU backend falls back, saying so.
describe('a forced backend in Node', { timeout: 60_000 }, () => {
  it('uses the forced backend when it starts', async () => {
    const choice = await chooseBackend({ force: 'cpu', wasmPaths: nodeWasmPaths() });
    expect(choice).toEqual({ name: 'cpu', detail: 'JavaScript', forced: 'cpu' });
    expect(tf.getBackend()).toBe('cpu');
  });

  it('falls back in the automatic order with a note when it cannot start', async () => {
    const choice = await chooseRequested({ force: 'webgpu' }, { wasmPaths: nodeWasmPaths() });
    expect(choice.name).toBe('wasm');
    expect(choice.forced).toBe('webgpu');
    expect(choice.note).toBe('webgpu недоступний (WebGPU недоступний), використано wasm');
    expect(choice.detail).toMatch(/WebGPU недоступний; WebGL2 недоступний/);
    expect(tf.getBackend()).toBe('wasm');
    const webgl = await chooseRequested({ force: 'webgl' }, { wasmPaths: nodeWasmPaths() });
    expect(webgl.note).toBe('webgl недоступний (WebGL2 недоступний), використано wasm');
  });

  it('has no note without a forced backend', async () => {
    const choice = await chooseRequested({}, { wasmPaths: nodeWasmPaths() });
    expect(choice.name).toBe('wasm');
    expect(choice.forced).toBeUndefined();
    expect(choice.note).toBeUndefined();
  });
});
