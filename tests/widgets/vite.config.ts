// Builds the widget harness page (tests/widgets/harness.html) into tmp/widgets-harness for
// the browser tests: a production bundle served by `vite preview`, no dev-server races.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const root = resolve(here, '../..');

export default defineConfig({
  root: here,
  // As in the app's vite.config.ts: whether the full MNIST asset exists (src/widgets/shared/mlRuntime.ts).
  define: {
    __MNIST_FULL__: JSON.stringify(existsSync(resolve(root, 'public/data/mnist-full.json'))),
  },
  publicDir: resolve(root, 'public'),
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(root, 'tmp/widgets-harness'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: { input: resolve(here, 'harness.html') },
  },
});
