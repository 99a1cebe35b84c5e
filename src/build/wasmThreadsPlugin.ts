// Makes tfjs's threaded wasm build survive a minified bundle.
//
// tfjs-backend-wasm starts its pthread Workers from a Blob holding
// `wasmFactoryThreadedSimd.toString()`: the source text of the factory function, which the
// Workers run with `importScripts`. After minification that function refers to names of the
// bundle outside it (its `_scriptDir` closure, renamed), so every pthread Worker dies with
// `ReferenceError: e is not defined` and `setBackend('wasm')` never settles. This plugin puts
// the emscripten file's own, untouched text into that Blob instead: it is self-contained (it
// defines `WasmBackendModuleThreadedSimd` itself), whatever the bundler does to the copy it
// bundles for the page. The dev server's pre-bundle is not minified and needs no change.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The module of tfjs-backend-wasm that builds the Blob. */
const BACKEND_MODULE = /[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]dist[\\/]backend_wasm\.js$/;

/** `new Blob([\`var WasmBackendModuleThreadedSimd = \` + wasmFactoryThreadedSimd.toString()], …)` */
const FACTORY_SOURCE =
  /`var WasmBackendModuleThreadedSimd = `\s*\+\s*wasmFactoryThreadedSimd\.toString\(\)/;

/** The emscripten file of the threaded SIMD build, as the package ships it. */
export function threadedFactorySource(): string {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  return readFileSync(join(pkg, 'wasm-out', 'tfjs-backend-wasm-threaded-simd.js'), 'utf8');
}

/**
 * Rewrites the one expression in `code` (tfjs-backend-wasm's backend_wasm.js); throws when
 * it is not there, so a tfjs upgrade that changes it fails the build instead of the lecture.
 */
export function patchThreadedFactory(code: string, source: string): string {
  if (!FACTORY_SOURCE.test(code)) {
    throw new Error(
      'tfjs-backend-wasm: the threaded factory Blob (`wasmFactoryThreadedSimd.toString()`) ' +
        'was not found; check src/build/wasmThreadsPlugin.ts against this tfjs version',
    );
  }
  return code.replace(FACTORY_SOURCE, () => JSON.stringify(source));
}

/** Vite plugin: for the app's and its Workers' bundles (`plugins` and `worker.plugins`). */
export function wasmThreadsPlugin(): Plugin {
  let source: string | undefined;
  return {
    name: 'wasm-threads',
    apply: 'build',
    transform(code, id) {
      if (!BACKEND_MODULE.test(id)) return null;
      source ??= threadedFactorySource();
      return { code: patchThreadedFactory(code, source), map: null };
    },
  };
}
