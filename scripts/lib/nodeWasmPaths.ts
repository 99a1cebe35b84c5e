import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The wasm binaries' folder in node_modules, for `chooseBackend({ wasmPaths })` in Node. */
export function nodeWasmPaths(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@tensorflow/tfjs-backend-wasm');
  return `${join(dirname(main), '/')}`;
}
