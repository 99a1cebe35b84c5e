// The overlays' code, loaded on first use (see src/present/overlays.ts).
import type { OverlayFactory, OverlayKind } from '../../overlays.ts';
import { createHelpOverlay } from './help.ts';
import { createOverviewOverlay } from './overview.ts';
import { createSearchOverlay } from './search.ts';

export const OVERLAYS: Readonly<Record<OverlayKind, OverlayFactory>> = Object.freeze({
  help: createHelpOverlay,
  overview: createOverviewOverlay,
  search: createSearchOverlay,
});
