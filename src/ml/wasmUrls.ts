// Browser only (Vite `?url` imports): the wasm binaries served from the app's own origin.
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/**
 * For `chooseBackend({ wasmPaths: WASM_URLS })`. The threaded build loads only where the page
 * is cross-origin isolated and has ≥ 4 logical cores (backend.ts, `wasmThreadCount`).
 */
export const WASM_URLS: Readonly<Record<string, string>> = Object.freeze({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
});
