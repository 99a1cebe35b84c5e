// PDF benchmark: `npm run pdf` for lecture 5 (all slides, then the handout) against the
// built app. Prints a table and writes bench-results/pdf-*.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportPdf, type PdfExportResult } from './lib/exportPdf.ts';
import { cpuCheckMs, describeMachine, machineState } from './lib/machine.ts';
import { pdfFacts } from './lib/pdfFacts.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_S = 30;

async function main(): Promise<void> {
  // Before any browser starts: how fast the host lets this machine run right now.
  const cpuCheck = cpuCheckMs();
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'bench-pdf-'));
  const runs: { name: string; result: PdfExportResult; pages: number }[] = [];
  try {
    for (const [name, handout] of [
      ['lecture 5, every slide', false],
      ['lecture 5, handout', true],
    ] as const) {
      const out = join(dir, `${handout ? 'handout' : 'all'}.pdf`);
      // The first export builds dist/ when it is missing or stale; build time is reported apart.
      const result = await exportPdf({
        deck: 'lecture5.md',
        out,
        notes: false,
        handout,
        build: 'auto',
        root: ROOT,
        log: (line) => console.log(line),
      });
      runs.push({ name, result, pages: pdfFacts(readFileSync(out)).pages });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = machineState(cpuCheck);
  console.log(`\nPDF benchmark (chromium headless; ${describeMachine(machine)})\n`);
  console.log(
    `${'export'.padEnd(28)} ${'pages'.padStart(5)} ${'time'.padStart(8)}   target   result`,
  );
  const rows = runs.map(({ name, result, pages }) => {
    const seconds = (result.timings.totalMs - result.timings.buildMs) / 1000;
    const pass = seconds <= TARGET_S && result.errors.length === 0;
    console.log(
      `${name.padEnd(28)} ${String(pages).padStart(5)} ${`${seconds.toFixed(1)} s`.padStart(8)}   ≤ ${TARGET_S} s   ${pass ? 'PASS' : 'FAIL'}` +
        `  (page ready ${(result.timings.readyMs / 1000).toFixed(1)} s, pdf ${(result.timings.pdfMs / 1000).toFixed(1)} s${result.built ? `, build ${(result.timings.buildMs / 1000).toFixed(1)} s apart` : ''})`,
    );
    return { name, pages, seconds, pass, timings: result.timings, errors: result.errors };
  });
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `pdf-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`,
  );
  console.log(`written ${file}`);
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
}

await main();
