// The `__MNIST_FULL__` define (declared in virtual.d.ts): whether `npm run data:mnist` built
// the full MNIST asset, so the app asks for it only then (src/widgets/shared/mlRuntime.ts).
// Used by the app's vite.config.ts and the widget harness's. Restart the dev server after
// building the asset.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Vite `define` entries for the project at `root`. */
export function mnistFullDefine(root: string): Record<string, string> {
  return {
    __MNIST_FULL__: JSON.stringify(existsSync(resolve(root, 'public/data/mnist-full.json'))),
  };
}
