// Same-run A/B of the live widgets' cold mounts: the built dist/ of several checkouts (this
// one and others, each built first), in one chromium, samples interleaved (A, B, C, then
// C, B, A, …) so the machine's load falls on all alike. Run:
//   npx tsx scripts/lib/liveWidgetAb.ts --tree old=/work/ab-old:position --tree new=. [--n 10]
// `:position` marks a build whose "N Enter" went to the 1-based position, not the slide's
// shown number (before the keymap change). Prints medians, samples and phases per tree.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser.ts';
import { startPreview } from '../../tests/e2e/support/server.ts';
import {
  goToKeys,
  phaseNote,
  type ReadyTiming,
  slideWith,
  timeColdReady,
} from './liveWidgetBench.ts';
import { cpuCheckMs, describeMachine, machineState } from './machine.ts';
import type { PreviewServer } from './previewServer.ts';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

interface Tree {
  readonly label: string;
  readonly root: string;
  readonly keys: (slide: number) => readonly string[];
  readonly timings: Map<string, ReadyTiming[]>;
}

const byPosition = (slide: number) => [...String(slide).split(''), 'Enter'];

/** `label=path` or `label=path:position`. */
function parseTree(spec: string): Tree {
  const match = /^([^=]+)=(.+?)(:position)?$/.exec(spec);
  if (match === null) throw new Error(`--tree ${spec}: expected label=path[:position]`);
  const [, label = '', path = '', position] = match;
  return {
    label,
    root: resolve(path),
    keys: position === undefined ? goToKeys : byPosition,
    timings: new Map(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tree: { type: 'string', multiple: true },
      n: { type: 'string', default: '10' },
    },
  });
  const trees = (values.tree ?? []).map(parseTree);
  if (trees.length < 2) throw new Error('give at least two --tree label=path[:position]');
  const n = Number(values.n);
  const cpuCheck = cpuCheckMs();
  const servers: PreviewServer[] = [];
  const widgets = [
    { name: 'draw-digit', slide: slideWith('draw-digit', 'dense') },
    { name: 'mnist-samples', slide: slideWith('mnist-samples') },
  ];
  let browser: Browser | undefined;
  try {
    for (const tree of trees) servers.push(await startPreview(tree.root));
    browser = await launchChromium();
    for (let i = 0; i < n; i++) {
      // Alternate the order, so that no tree always follows another.
      const order = trees.map((tree, k) => ({ tree, url: servers[k]?.url ?? '' }));
      if (i % 2 === 1) order.reverse();
      for (const w of widgets)
        for (const { tree, url } of order) {
          const t = await timeColdReady(browser, url, w.name, w.slide, tree.keys(w.slide));
          const list = tree.timings.get(w.name) ?? [];
          list.push(t);
          tree.timings.set(w.name, list);
          console.log(`  ${tree.label} ${w.name} cold: ${t.ms.toFixed(0)} ms`);
        }
    }
  } finally {
    await browser?.close();
    for (const server of servers) await server.stop();
  }
  console.log(`\nCold mount A/B, n=${n} each (${describeMachine(machineState(cpuCheck))})`);
  for (const tree of trees) console.log(`  ${tree.label}: ${tree.root}`);
  for (const w of widgets)
    for (const tree of trees) {
      const ts = tree.timings.get(w.name) ?? [];
      console.log(
        `${`${w.name} cold, ${tree.label}`.padEnd(28)} median ${median(ts.map((t) => t.ms)).toFixed(0)} ms  [${ts.map((t) => t.ms.toFixed(0)).join(' ')}]  ${phaseNote(ts)}`,
      );
    }
}

await main();
