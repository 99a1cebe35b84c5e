// Builds the widget harness page (tests/widgets/harness.html) into tmp/widgets-harness for
// the browser tests: a production bundle served by `vite preview`, no dev-server races.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { mnistFullDefine } from '../../src/build/mnistFullDefine.ts';

const here = import.meta.dirname;
const root = resolve(here, '../..');

export default defineConfig({
  root: here,
  // As in the app's vite.config.ts.
  define: mnistFullDefine(root),
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
