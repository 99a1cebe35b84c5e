// Moved to scripts/lib/previewServer.ts (shared with the benchmarks and `npm run pdf`).
export { freePort, type PreviewServer, startPreview } from '../../../scripts/lib/previewServer.ts';
