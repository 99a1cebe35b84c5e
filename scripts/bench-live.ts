// Live lecture benchmark (`npm run bench:live`, after `vite build`): the live widgets and code
// cells in the built app in headless chromium. Each measurement lives in its own function
// (scripts/lib/liveWidgetBench.ts: draw-digit, mnist-samples); this file runs them, prints
// medians and p95 with the machine's load average, and writes bench-results/live-*.json.
// `--only widgets` (or `cells`, `convnet`) runs one group. For a same-run A/B of the widgets'
// cold mounts against another checkout, see scripts/lib/liveWidgetAb.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { startPreview } from '../tests/e2e/support/server.ts';
import { benchConvnetWidgets } from './lib/convnetWidgetBench.ts';
import { benchLiveCells } from './lib/liveCellBench.ts';
import { type BenchRow, benchLiveWidgets } from './lib/liveWidgetBench.ts';
import { cpuCheckMs, describeMachine, machineState } from './lib/machine.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LOADS = 5;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};

/** Measurement groups, each returning its rows (add the live cells' group here). */
const GROUPS: readonly {
  /** What `--only` names. */
  id: string;
  name: string;
  run: (browser: Browser, base: string) => Promise<BenchRow[]>;
}[] = [
  {
    id: 'widgets',
    name: 'live widgets',
    run: (browser, base) => benchLiveWidgets(browser, base, LOADS),
  },
  { id: 'cells', name: 'live cells', run: (browser, base) => benchLiveCells(browser, base) },
  {
    id: 'convnet',
    name: 'convnet widgets',
    run: (browser, base) => benchConvnetWidgets(browser, base),
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const groups = GROUPS.filter((g) => values.only === undefined || g.id === values.only);
  if (groups.length === 0) {
    throw new Error(`--only ${values.only}: one of ${GROUPS.map((g) => g.id).join(', ')}`);
  }
  // Before any browser starts: how fast the host lets this machine run right now.
  const cpuCheck = cpuCheckMs();
  const server = await startPreview(ROOT);
  let browser: Browser | undefined;
  const rows: BenchRow[] = [];
  try {
    browser = await launchChromium();
    for (const group of groups) {
      console.log(`measuring ${group.name}…`);
      rows.push(...(await group.run(browser, server.url)));
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
  const machine = machineState(cpuCheck);
  console.log(`\nLive benchmark (chromium headless; ${describeMachine(machine)})\n`);
  console.log(
    `${'metric'.padEnd(44)} ${'n'.padStart(4)} ${'median'.padStart(10)} ${'p95'.padStart(10)}   ${'target'.padStart(14)}   result`,
  );
  const results = rows.map((r) => {
    const med = median(r.samples);
    const p95 = percentile(r.samples, 95);
    const pass = (r.on === 'p95' ? p95 : med) <= r.target;
    const fmt = (v: number) => `${v.toFixed(1)} ${r.unit}`.padStart(10);
    console.log(
      `${r.metric.padEnd(44)} ${String(r.samples.length).padStart(4)} ${fmt(med)} ${fmt(p95)}   ${`${r.on} ≤ ${r.target} ${r.unit}`.padStart(14)}   ${pass ? 'PASS' : 'FAIL'}${r.note ? `  (${r.note})` : ''}`,
    );
    return { ...r, median: med, p95, pass };
  });
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `live-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, rows: results }, null, 2)}\n`,
  );
  console.log(`written ${file}`);
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

await main();
