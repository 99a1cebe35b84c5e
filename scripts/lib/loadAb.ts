// Same-run A/B of cold page loads: the built dist/ of two or more checkouts, each behind its
// own `vite preview` (with that checkout's headers), loads interleaved (A, B, then B, A, …) in
// fresh browser contexts, so the machine's load falls on all alike. bench:deck's 5 loads per
// run are too few on a shared machine to see 20–40 ms; this takes many. Run:
//   npx tsx scripts/lib/loadAb.ts --tree old=/work/ab-old --tree new=. [--n 16]
// Prints medians per tree: DOMContentLoaded, `deck:loaded`, `deck:ready` of review mode, and
// the slideshow's first slide `deck:ready`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreview } from '../../tests/e2e/support/server.ts';
import type { PreviewServer } from './previewServer.ts';
import { coldLoad } from './reviewReady.ts';

interface LoadTimes {
  readonly dcl: number;
  readonly loaded: number;
  readonly ready: number;
}

const VIEWPORT = { width: 1280, height: 960 } as const;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** One cold load of `url`: its marks, ms (no named functions inside the page function:
 * tsx would wrap them in a helper the page does not have). */
const loadTimes = (browser: Browser, url: string): Promise<LoadTimes> =>
  coldLoad(browser, url, VIEWPORT, (page) =>
    page.evaluate(() => ({
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
      loaded: performance.getEntriesByName('deck:loaded')[0]?.startTime ?? Number.NaN,
      ready: performance.getEntriesByName('deck:ready')[0]?.startTime ?? Number.NaN,
    })),
  );

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { tree: { type: 'string', multiple: true }, n: { type: 'string', default: '16' } },
  });
  const trees = (values.tree ?? []).map((spec) => {
    const at = spec.indexOf('=');
    if (at <= 0) throw new Error(`--tree ${spec}: expected label=path`);
    return { label: spec.slice(0, at), root: resolve(spec.slice(at + 1)) };
  });
  if (trees.length < 2) throw new Error('give at least two --tree label=path');
  const n = Number(values.n);
  const servers: PreviewServer[] = [];
  const browser = await launchChromium();
  try {
    for (const tree of trees) servers.push(await startPreview(tree.root));
    const review = trees.map((): LoadTimes[] => []);
    const slideshow = trees.map((): number[] => []);
    for (let round = 0; round < n; round += 1) {
      const order = trees.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const url = servers[i]?.url ?? '';
        review[i]?.push(await loadTimes(browser, `${url}?p=lecture5.md&mode=review`));
        slideshow[i]?.push((await loadTimes(browser, `${url}?p=lecture5.md#1`)).ready);
      }
    }
    console.log(`cold loads, n=${n} per tree, medians (ms):`);
    trees.forEach((tree, i) => {
      const r = review[i] ?? [];
      const m = (f: (t: LoadTimes) => number) => median(r.map(f)).toFixed(0);
      console.log(
        `  ${tree.label.padEnd(8)} review: DOMContentLoaded ${m((t) => t.dcl)}, deck:loaded ` +
          `${m((t) => t.loaded)}, ready ${m((t) => t.ready)} | slideshow first slide ready ` +
          `${median(slideshow[i] ?? []).toFixed(0)}   (${tree.root})`,
      );
    });
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
