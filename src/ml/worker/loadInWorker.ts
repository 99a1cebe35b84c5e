import { decodeAsset, parseManifest } from '../data/asset.ts';
import type { ProgressListener } from '../data/loadAsset.ts';
import type { MnistData } from '../data/types.ts';
import { isFromDataWorker } from './dataProtocol.ts';

/**
 * Loads the MNIST asset at `url` (absolute) in a Worker: the download and the decompression
 * run off the page's main thread; only the decoded bytes come back (transferred, no copy).
 * `createWorker` is injected so the bundler sees `new Worker(new URL(...))` at the call site.
 * The Worker is terminated when the load ends.
 */
export function loadInWorker(
  createWorker: () => Worker,
  url: string,
  onProgress?: ProgressListener,
): Promise<MnistData> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const fail = (message: string) => {
      worker.terminate();
      reject(new Error(message));
    };
    worker.onerror = (event) => fail(event.message || `${url}: the data worker failed`);
    worker.onmessageerror = () => fail(`${url}: a message from the data worker could not be read`);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const m = event.data;
      if (!isFromDataWorker(m)) {
        fail(`${url}: malformed message from the data worker`);
        return;
      }
      if (m.type === 'progress') {
        onProgress?.(m.progress);
        return;
      }
      worker.terminate();
      if (m.type === 'error') {
        reject(new Error(m.message));
        return;
      }
      try {
        resolve(decodeAsset(m.bytes, parseManifest(m.manifest, m.href), m.href));
      } catch (error) {
        reject(error);
      }
    };
    worker.postMessage({ type: 'load', url });
  });
}
