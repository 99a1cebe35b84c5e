import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchThreadedFactory, threadedFactorySource } from '../../src/build/wasmThreadsPlugin.ts';

const pkg = dirname(
  createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json'),
);
const backendModule = readFileSync(join(pkg, 'dist', 'backend_wasm.js'), 'utf8');

describe('the threaded wasm build in a minified bundle (wasmThreadsPlugin)', () => {
  it('hands the pthread Workers the emscripten file itself, not the bundled function', () => {
    const source = threadedFactorySource();
    expect(source).toMatch(/^\s*var WasmBackendModuleThreadedSimd = \(\(\) => \{/);
    const patched = patchThreadedFactory(backendModule, source);
    expect(patched).not.toContain('wasmFactoryThreadedSimd.toString()');
    expect(patched).toContain(`new Blob([${JSON.stringify(source)}], { type: 'text/javascript' })`);
    // Only that expression changed: the factory is still called to start the module.
    expect(patched).toContain('wasm = wasmFactoryThreadedSimd(factoryConfig);');
    expect(patched.length - backendModule.length).toBeGreaterThan(source.length - 200);
  });

  it('fails the build when a tfjs version builds the Blob another way', () => {
    expect(() => patchThreadedFactory('export const x = 1;', 'source')).toThrow(
      /threaded factory Blob .* was not found/,
    );
  });

  it('keeps `$` sequences of the source as they are (no replacement patterns)', () => {
    const code =
      'x = new Blob([`var WasmBackendModuleThreadedSimd = ` + wasmFactoryThreadedSimd.toString()]);';
    expect(patchThreadedFactory(code, "a$&b$'c")).toBe(
      `x = new Blob([${JSON.stringify("a$&b$'c")}]);`,
    );
  });
});
