import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { wasmThreadsPlugin } from '../../src/build/wasmThreadsPlugin.ts';

// The browser harness of `npm run bench:train`: its own root, the app's public/ (data), and
// access to the repo for src/ml and node_modules (wasm binaries via `?url`).
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: here,
  publicDir: `${repo}public`,
  // The threaded wasm build in a minified bundle (src/build/wasmThreadsPlugin.ts).
  plugins: [wasmThreadsPlugin()],
  // Cross-origin isolated, so the threaded wasm build can run (scripts/bench-train/wasmThreads.ts).
  server: { fs: { allow: [repo] }, hmr: false, headers: ISOLATED },
  preview: { headers: ISOLATED },
  optimizeDeps: { include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm'] },
  logLevel: 'warn',
});
