// `vite preview` of the app's built dist/ on a free 127.0.0.1 port (see viteServer.ts).
// Shared by the e2e tests, the benchmarks and `npm run pdf`.
import { startVite, type ViteServer } from './viteServer.ts';

export { freePort } from './viteServer.ts';

export type PreviewServer = ViteServer;

/** Serves the already built dist/ under `root` (run `vite build` first). */
export function startPreview(root?: string): Promise<PreviewServer> {
  return startVite(root === undefined ? {} : { root });
}
