// A course of twelve lectures built with this app: the figures (≈ 350, ≈ 123 MB) are generated
// here at test time in a temporary folder and never committed. A first visit of any one
// lecture caches ≤ 15 MB (the app shell and that lecture's files, not every lecture's
// figures); the start page lists the lectures with their titles in course order; the course
// logo (slides/course.json) sits top-left on title slides, clear of the title.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeckCachePlan, deckCacheBytes } from '../../src/build/deckCachePlan.ts';
import { chromiumAvailable, launchChromium, withTimeout } from './support/browser.ts';
import { freePort } from './support/server.ts';
import { waitForDeck } from './support/session.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const MB = 1024 * 1024;
/** What a first visit of one lecture may cache. */
const FIRST_VISIT_BUDGET = 15 * MB;
const LECTURES = 12;
/** Lecture 5 is the real one (live widgets, its own figures); the others are generated. */
const REAL = 5;
const FIGURES_PER_LECTURE = 31;
/** Figure bytes of each generated lecture: 11 × ≈ 11.1 MB + lecture 5's ≈ 0.4 MB ≈ 123 MB. */
const LECTURE_BYTES = 11.1 * MB;

const TOPICS = [
  'Вступ до **машинного** навчання',
  'Лінійні _моделі_',
  'Градієнтний спуск',
  'Багатошаровий перцептрон',
  '',
  'Регуляризація',
  'Оптимізатори',
  'Рекурентні мережі',
  'Увага та *трансформери*',
  'Автокодувальники',
  'Генеративні моделі',
  'Навчання з підкріпленням',
];
const titleOf = (n: number): string =>
  `Лекція ${n}: ${(TOPICS[n - 1] ?? '').replace(/\*\*|[*_]/g, '')}`;

/** A deterministic generator (mulberry32): the same course on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid 1×1 PNG; browsers sniff the type, so .jpg/.gif copies decode too. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Figure bytes of a given size: an SVG padded with a comment, or a PNG with trailing data. */
function figure(ext: string, bytes: number, label: string): Buffer {
  if (ext === 'svg') {
    const head = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#e3ecf5"/><text x="40" y="260" font-size="48">${label}</text><!--`;
    const tail = '--></svg>\n';
    const pad = Math.max(0, bytes - head.length - tail.length);
    return Buffer.concat([
      Buffer.from(head),
      Buffer.from(
        randomBytes(Math.ceil((pad * 3) / 4))
          .toString('base64')
          .slice(0, pad),
      ),
      Buffer.from(tail),
    ]);
  }
  return Buffer.concat([PNG, randomBytes(Math.max(0, bytes - PNG.length))]);
}

interface Course {
  readonly dir: string;
  readonly figures: number;
  readonly figureBytes: number;
}

/** slides/ (twelve lectures, course.json with a logo) and figures/ under `dir`. */
function makeCourse(dir: string): Course {
  const slides = join(dir, 'slides');
  mkdirSync(slides, { recursive: true });
  let figures = 0;
  let figureBytes = 0;
  const write = (path: string, data: Buffer): void => {
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, data);
    figures += 1;
    figureBytes += data.length;
  };
  const next = random(13);
  for (let n = 1; n <= LECTURES; n++) {
    if (n === REAL) continue;
    // Many diagrams (SVG), photos and screenshots, a few large animations, as in the course.
    const kinds = Array.from({ length: FIGURES_PER_LECTURE }, (_, k) =>
      k < 17 ? 'svg' : k < 26 ? 'png' : k < 29 ? 'jpg' : 'gif',
    );
    const weight = { svg: 1, png: 4, jpg: 8, gif: 14 } as const;
    const raw = kinds.map((kind) => weight[kind as keyof typeof weight] * (0.5 + next()));
    const scale = (LECTURE_BYTES * (0.95 + 0.1 * next())) / raw.reduce((a, b) => a + b, 0);
    const pages = kinds.map((kind, k) => {
      const name = `lec${n}/fig${k + 1}.${kind}`;
      write(join(dir, 'figures', name), figure(kind, Math.round(raw[k]! * scale), `${n}.${k + 1}`));
      return `# Рисунок ${k + 1}\n\n.center[![](figures/${name})]\n`;
    });
    // Lecture 2's title slide is top-aligned: its h1 starts right under the logo's room.
    const align = n === 2 ? 'top, left' : 'middle, center';
    const title = `class: ${align}, title-slide\n# Лекція ${n}: ${TOPICS[n - 1]}\n\nНейронні мережі\n`;
    writeFileSync(join(slides, `lecture${n}.md`), [title, ...pages].join('\n---\n\n'));
  }
  writeFileSync(join(slides, `lecture${REAL}.md`), readFileSync(join(ROOT, 'slides/lecture5.md')));
  for (const sub of ['lec1', 'lec5']) {
    const from = join(ROOT, 'figures', sub);
    // The real figures, with their subfolders (stand-ins/).
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      write(join(dir, 'figures', sub, relative(from, path)), readFileSync(path));
    }
  }
  write(join(dir, 'figures', 'course-logo.svg'), Buffer.from(LOGO));
  writeFileSync(join(slides, 'course.json'), '{ "logo": "figures/course-logo.svg" }\n');
  return { dir, figures, figureBytes };
}

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="340" height="96" viewBox="0 0 340 96"><rect width="340" height="96" rx="12" fill="#0d3b66"/><text x="24" y="64" font-size="48" fill="#fff">NN</text></svg>\n';

/** Vite as `npm run build` / `vite preview` would run it: not in vitest's test mode. */
function run(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return spawn(process.execPath, [VITE, ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<string> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done(stderr) : fail(new Error(`vite exited with ${code}\n${stderr}`)),
    );
  });
}

/** Sum of the bodies in Cache Storage, per cache, and the cached URL paths. */
const cacheStorage = (page: Page) =>
  withTimeout(
    page.evaluate(async () => {
      const byCache: Record<string, number> = {};
      const paths: string[] = [];
      const sizes: [string, number][] = [];
      let total = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const size = response === undefined ? 0 : (await response.blob()).size;
          byCache[name] = (byCache[name] ?? 0) + size;
          total += size;
          paths.push(new URL(request.url).pathname.slice(1));
          sizes.push([request.url, size]);
        }
      }
      const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 6);
      return { total, byCache, paths, largest };
    }),
    30_000,
    'reading Cache Storage',
  );

describe.runIf(chromiumAvailable())('a course of twelve lectures', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'course-'));
  const dist = join(tmp, 'dist');
  let course: Course;
  let plan: DeckCachePlan;
  let precache: { url: string; bytes: number }[] = [];
  let buildLog = '';
  let server: ChildProcess | undefined;
  let url = '';
  let browser: Browser;

  beforeAll(async () => {
    course = makeCourse(join(tmp, 'course'));
    const started = Date.now();
    buildLog = await finished(
      run(['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
        DECK_CONTENT_ROOT: course.dir,
      }),
    );
    console.log(`course build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    plan = JSON.parse(readFileSync(join(dist, 'deck-files.json'), 'utf8')) as DeckCachePlan;
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    precache = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => ({
      url: m[1] ?? '',
      bytes: statSync(join(dist, decodeURIComponent(m[1] ?? ''))).size,
    }));
    const port = await freePort();
    server = run(
      ['preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
      {},
    );
    url = `http://127.0.0.1:${port}/`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('vite preview did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid !== undefined && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  });

  const precacheBytes = (): number => precache.reduce((sum, e) => sum + e.bytes, 0);

  it('is twelve lectures with ≈ 350 figures, ≈ 123 MB', () => {
    expect(Object.keys(plan.decks)).toHaveLength(LECTURES);
    expect(course.figures).toBeGreaterThanOrEqual(340);
    expect(course.figureBytes).toBeGreaterThan(118 * MB);
    expect(course.figureBytes).toBeLessThan(128 * MB);
    expect(buildLog).not.toContain('course.json');
  });

  it('precaches the app shell only (no figures, data or models)', () => {
    expect(precache.some((e) => /^(?:figures|data|models)\//.test(e.url))).toBe(false);
    expect(precache.some((e) => e.url.endsWith('.wasm'))).toBe(false);
    expect(precache.some((e) => e.url.startsWith('assets/trainWorker-'))).toBe(false);
    expect(precache.some((e) => e.url === 'index.html')).toBe(true);
    expect(precacheBytes()).toBeLessThan(2 * MB);
  });

  it('plans ≤ 15 MB for a first visit of every lecture', () => {
    const rows = Object.keys(plan.decks).map((id) => ({
      id,
      files: plan.decks[id]?.length ?? 0,
      mb: +((precacheBytes() + deckCacheBytes(plan, id)) / MB).toFixed(2),
    }));
    console.log(`precache ${(precacheBytes() / MB).toFixed(2)} MB; first visit per lecture:`);
    console.table(rows);
    for (const row of rows) expect(row.mb * MB, row.id).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    // Each generated lecture's own figures are all in its list.
    expect(plan.decks['lecture7.md']).toHaveLength(FIGURES_PER_LECTURE + 1); // + the logo
  });

  /** A first visit in a fresh browser profile, measured once the worker has cached it all. */
  const firstVisit = async (id: string) => {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1024, height: 768 },
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}?p=${id}`);
      await waitForDeck(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      });
      const wanted = [...(plan.decks[id] ?? []), ...precache.map((e) => e.url)];
      await expect
        .poll(
          async () => {
            const cached = new Set((await cacheStorage(page)).paths);
            return wanted.filter((p) => !cached.has(p)).length;
          },
          { timeout: 90_000, interval: 1000 },
        )
        .toBe(0);
      const storage = await cacheStorage(page);
      return { storage, errors };
    } finally {
      await context.close();
    }
  };

  it('caches ≤ 15 MB on a first visit of the heaviest generated lecture: its figures only', async () => {
    const heaviest = Object.keys(plan.decks)
      .filter((id) => id !== `lecture${REAL}.md`)
      .sort((a, b) => deckCacheBytes(plan, b) - deckCacheBytes(plan, a))[0]!;
    const { storage, errors } = await firstVisit(heaviest);
    console.log(
      `first visit of ${heaviest}: ${(storage.total / MB).toFixed(2)} MB`,
      storage.byCache,
    );
    expect(storage.total).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(storage.total).toBeGreaterThanOrEqual(deckCacheBytes(plan, heaviest));
    const n = heaviest.replace(/\D/g, '');
    const otherFigures = storage.paths.filter(
      (p) => p.startsWith('figures/lec') && !p.startsWith(`figures/lec${n}/`),
    );
    expect(otherFigures).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('caches ≤ 15 MB on a first visit of lecture 5, demos included', async () => {
    const { storage, errors } = await firstVisit(`lecture${REAL}.md`);
    console.log(
      `first visit of lecture${REAL}.md: ${(storage.total / MB).toFixed(2)} MB`,
      storage.byCache,
      JSON.stringify(storage.largest),
    );
    expect(storage.total).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
    expect(storage.paths).toContain('models/convnet/weights.bin');
    expect(storage.paths.some((p) => p.startsWith('figures/lec7/'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('lists the twelve lectures on the start page: titles as plain text, in course order', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await waitForDeck(page);
      const list = page.getByRole('navigation', { name: 'Презентації' }).getByRole('list');
      const items = await list.getByRole('listitem').count();
      expect(items).toBe(LECTURES);
      const cards = await page.$$eval('.deck-list a', (as) =>
        as.map((a) => ({
          href: a.getAttribute('href'),
          title: a.querySelector('.deck-card-title')?.textContent,
          meta: a.querySelector('.deck-card-meta')?.textContent,
        })),
      );
      const ids = Array.from({ length: LECTURES }, (_, i) => `lecture${i + 1}.md`);
      expect(cards.map((c) => c.href)).toEqual(ids.map((id) => `?p=${id}`));
      for (const [i, card] of cards.entries()) {
        const n = i + 1;
        if (n === REAL) continue;
        expect(card.title).toBe(titleOf(n));
        expect(card.meta).toBe(`lecture${n}.md · ${FIGURES_PER_LECTURE + 1} слайди`);
      }
      expect(cards[REAL - 1]?.title).toBe('Нейронні мережі');
      expect(cards[REAL - 1]?.meta).toMatch(/^lecture5\.md · \d+ слайд/);
      // Each link is named by its card (title and slide count) for screen readers.
      const name = await list.getByRole('link').nth(2).textContent();
      expect(name).toContain(titleOf(3));
    } finally {
      await context.close();
    }
  });

  it.each([
    ['lecture2.md', 'top-aligned'],
    [`lecture${REAL}.md`, 'centred'],
  ])(
    'shows the course logo top-left on the title slide of %s (%s), clear of the title',
    async (id) => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      try {
        const page = await context.newPage();
        await page.goto(`${url}?p=${id}`);
        await waitForDeck(page);
        const logo = page.locator('.slide-current .course-logo');
        await logo.waitFor({ state: 'visible', timeout: 10_000 });
        const loaded = await logo.evaluate((img: HTMLImageElement) =>
          img.decode().then(
            () => img.naturalWidth,
            () => 0,
          ),
        );
        expect(loaded).toBeGreaterThan(0);
        const slide = (await page.locator('.slide-current').boundingBox())!;
        const box = (await logo.boundingBox())!;
        const h1 = (await page.locator('.slide-current h1').first().boundingBox())!;
        // Inside the slide, in its top-left corner.
        expect(box.x).toBeGreaterThanOrEqual(slide.x);
        expect(box.y).toBeGreaterThanOrEqual(slide.y);
        expect(box.x + box.width).toBeLessThanOrEqual(slide.x + slide.width / 3);
        expect(box.y + box.height).toBeLessThanOrEqual(slide.y + slide.height * 0.12);
        expect(box.width).toBeGreaterThan(10);
        expect(box.height).toBeGreaterThan(10);
        // Above the title, never over it.
        expect(box.y + box.height).toBeLessThanOrEqual(h1.y);
        // Only on title slides.
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          () => document.querySelector('.slide-current')?.getAttribute('data-index') === '1',
        );
        expect(await page.locator('.slide-current .course-logo').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
  );
});
