import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser harness of `npm run bench:train`: its own root, the app's public/ (data), and
// access to the repo for src/ml and node_modules (wasm binaries via `?url`).
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: `${repo}public`,
  server: { fs: { allow: [repo] }, hmr: false },
  optimizeDeps: { include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm'] },
  logLevel: 'warn',
});
