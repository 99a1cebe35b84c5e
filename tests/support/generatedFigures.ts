// The figure generator's whole output, for the tests of the figures.
import { beforeAll } from 'vitest';
import { allFigures } from '../../scripts/figures/allFigures.ts';
import type { FigureFile } from '../../scripts/figures/lib/figure.ts';

/** Generation is not a speed target; on a loaded 2-core machine one run can take seconds. */
export const GENERATION_TIMEOUT_MS = 60_000;

/**
 * Every generated figure, made once before the enclosing `describe` block's tests: the
 * returned list is empty until then.
 */
export function useGeneratedFigures(): readonly FigureFile[] {
  const figures: FigureFile[] = [];
  beforeAll(async () => {
    figures.push(...(await allFigures()));
  }, GENERATION_TIMEOUT_MS);
  return figures;
}
