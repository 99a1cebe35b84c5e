// Exports a deck's print view to PDF: vite preview of dist/ + headless chromium's page.pdf.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildState } from './buildFreshness.ts';
import { launchChromium, withTimeout } from './chromium.ts';
import { startPreview } from './previewServer.ts';
import { buildVite } from './viteServer.ts';

export interface PdfExportOptions {
  /** Deck id (file name under slides/), e.g. `lecture5.md`. */
  readonly deck: string;
  readonly out: string;
  readonly notes: boolean;
  readonly handout: boolean;
  /** `auto`: build when dist/ is missing or older than its sources; `never`: serve dist/ as is. */
  readonly build: 'auto' | 'always' | 'never';
  /** Project root (where dist/ is). */
  readonly root: string;
  readonly log?: (line: string) => void;
}

export interface PdfExportResult {
  /** Pages laid out by the print view (one per slide). */
  readonly pages: number;
  readonly bytes: number;
  /** Whether dist/ was rebuilt first. */
  readonly built: boolean;
  /** Console errors of the page (should be none). */
  readonly errors: readonly string[];
  readonly timings: Readonly<{ buildMs: number; readyMs: number; pdfMs: number; totalMs: number }>;
}

const READY_TIMEOUT_MS = 120_000;

/** The print view's address for a deck and options. */
export function printPath(deck: string, notes: boolean, handout: boolean): string {
  const params = new URLSearchParams({ p: deck, mode: 'print' });
  if (notes) params.set('notes', '1');
  if (handout) params.set('handout', '1');
  return `?${params.toString()}`;
}

export async function exportPdf(options: PdfExportOptions): Promise<PdfExportResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const state = buildState(options.root);
  const build = options.build === 'always' || (options.build === 'auto' && state !== 'fresh');
  if (options.build === 'never' && state === 'missing') {
    throw new Error('dist/ is missing: run `npm run build` first (or drop --no-build)');
  }
  if (build) {
    log(`building the app (dist/ is ${state})…`);
    await buildVite(resolve(options.root, 'vite.config.ts'));
  }
  const buildMs = performance.now() - started;
  const server = await startPreview(options.root);
  try {
    const browser = await launchChromium();
    try {
      // The service worker would precache the whole site in the background: not wanted here.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const path = printPath(options.deck, options.notes, options.handout);
      await page.goto(new URL(path, server.url).href);
      // The app's readiness: slides, fonts, math styles, images and widgets of every page.
      await withTimeout(
        page.evaluate(() => window.__deckReady ?? Promise.reject(new Error('no __deckReady'))),
        READY_TIMEOUT_MS,
        'waiting for the print view',
      );
      const pages = await page.evaluate(() => document.querySelectorAll('.print-page').length);
      if (pages === 0) {
        const text = await page.evaluate(() => (document.body.textContent ?? '').slice(0, 300));
        throw new Error(`no printable pages for ${options.deck}: ${text}`);
      }
      const readyMs = performance.now() - started - buildMs;
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(options.out, pdf);
      const totalMs = performance.now() - started;
      return {
        pages,
        bytes: pdf.length,
        built: build,
        errors,
        timings: { buildMs, readyMs, pdfMs: totalMs - buildMs - readyMs, totalMs },
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
