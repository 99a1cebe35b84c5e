/// <reference lib="webworker" />
// The data Worker: downloads and decompresses an MNIST asset (≈ 11 MB → 55 MB for the full set)
// off the page's main thread, posting progress; the decoded bytes are transferred back.
import { parseManifest } from '../data/asset.ts';
import { fetchAssetBytes, fetchManifest } from '../data/loadAsset.ts';
import { type FromDataWorker, parseDataRequest } from './dataProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromDataWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** At most one progress message per this many ms (the page repaints a bar, no more). */
const PROGRESS_MS = 50;

scope.onmessage = (event: MessageEvent<unknown>) => {
  const request = parseDataRequest(event.data);
  if (request === undefined) {
    post({ type: 'error', message: 'malformed message to the data worker' });
    return;
  }
  let last = 0;
  const load = async () => {
    const { manifest, href } = await fetchManifest(request.url);
    const bytes = await fetchAssetBytes(manifest, href, undefined, (progress) => {
      const now = performance.now();
      const final = progress.digits === progress.totalDigits;
      if (!final && now - last < PROGRESS_MS) return;
      last = now;
      post({ type: 'progress', progress });
    });
    post({ type: 'done', manifest: parseManifest(manifest, href), href, bytes }, [bytes.buffer]);
  };
  load().catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
