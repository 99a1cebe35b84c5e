import { describe, expect, it } from 'vitest';
import { describeGpuAdapter } from '../../src/ml/backend.ts';
import { backendFromQuery, backendLabelUk } from '../../src/ml/worker/backendRequest.ts';

describe('?backend= in the page URL', () => {
  it('forces a known backend, whatever its case', () => {
    expect(backendFromQuery('?p=lecture5.md&backend=webgl&live=test')).toEqual({
      request: { force: 'webgl' },
    });
    expect(backendFromQuery('?backend=WebGPU').request).toEqual({ force: 'webgpu' });
    expect(backendFromQuery('?backend=cpu').request).toEqual({ force: 'cpu' });
  });

  it('chooses automatically without it, and says so for an unknown value', () => {
    expect(backendFromQuery('')).toEqual({ request: {} });
    expect(backendFromQuery('?backend=')).toEqual({ request: {} });
    const bad = backendFromQuery('?backend=cuda');
    expect(bad.request).toEqual({});
    expect(bad.note).toBe('невідомий бекенд «cuda» у ?backend= (є: webgpu, webgl, wasm, cpu)');
  });
});

describe('the panel label', () => {
  it('names the backend, and the forced one when it could not start', () => {
    expect(backendLabelUk('webgl', undefined)).toBe('webgl');
    expect(backendLabelUk('webgl', 'webgl')).toBe('webgl');
    expect(backendLabelUk('wasm', 'webgpu')).toBe('wasm (замість webgpu: він тут недоступний)');
    expect(backendLabelUk(undefined, 'webgpu')).toBe('…');
  });
});

describe('WebGPU adapters', () => {
  it('counts SwiftShader and fallback adapters as software', () => {
    // chromium 156 headless with --enable-unsafe-webgpu: adapter.info of SwiftShader
    expect(
      describeGpuAdapter({
        vendor: 'google',
        architecture: 'swiftshader',
        device: '',
        description: '',
      }),
    ).toEqual({ label: 'google swiftshader', software: true });
    expect(describeGpuAdapter({ vendor: 'intel', isFallbackAdapter: true }).software).toBe(true);
    expect(describeGpuAdapter({ description: 'llvmpipe (LLVM 15.0.6, 256 bits)' }).software).toBe(
      true,
    );
  });

  it('counts a named GPU as hardware', () => {
    expect(
      describeGpuAdapter({
        vendor: 'nvidia',
        architecture: 'ampere',
        description: 'NVIDIA GeForce RTX 3060',
        isFallbackAdapter: false,
      }),
    ).toEqual({ label: 'nvidia ampere NVIDIA GeForce RTX 3060', software: false });
    expect(describeGpuAdapter({}).label).toBe('невідомий адаптер');
  });
});
