// `npm run pdf -- <deck.md> <out.pdf> [--notes] [--handout] [--build | --no-build]`:
// prints a deck's print view (?mode=print) to PDF with headless chromium. Builds dist/ first
// when it is missing or older than its sources.
import { resolve } from 'node:path';
import { exportPdf } from './lib/exportPdf.ts';
import { PDF_USAGE, parsePdfArgs } from './lib/pdfArgs.ts';

const ROOT = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const args = parsePdfArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`${args.error}\n${PDF_USAGE}`);
    return 2;
  }
  const result = await exportPdf({
    ...args,
    out: resolve(process.cwd(), args.out),
    root: ROOT,
    log: (line) => console.log(line),
  });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${args.out}: ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB in ${seconds(result.timings.totalMs)}` +
      ` (build ${seconds(result.timings.buildMs)}, ready ${seconds(result.timings.readyMs)}, pdf ${seconds(result.timings.pdfMs)})`,
  );
  for (const error of result.errors) console.warn(`page error: ${error}`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
