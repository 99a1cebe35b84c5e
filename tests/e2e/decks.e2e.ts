// Several decks in the built app: the start page lists every slides/*.md, `?p=` opens one,
// and any other value of `p` shows a message and loads no deck.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeckFiles } from '../../src/build/deckFiles.ts';
import { createDeckSource } from '../../src/build/deckSource.ts';
import { chromiumAvailable } from './support/browser.ts';
import { type DeckPage, type Session, startSession } from './support/session.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const source = createDeckSource(ROOT);
/** In the build's (course) order. */
const deckFiles = listDeckFiles(resolve(ROOT, 'slides')).ids;
/** Deck modules in the build are named after their file: `lecture5-<hash>.js`. */
const DECK_CHUNK = new RegExp(
  `/assets/(?:${deckFiles.map((f) => f.replace(/\.md$/, '').replace(/[.-]/g, '\\$&')).join('|')})-[\\w-]+\\.js$`,
);

describe.runIf(chromiumAvailable())('several decks', () => {
  let session: Session;
  let deck: DeckPage;
  const fetched: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    deck = await session.newDeckPage();
    deck.page.on('request', (request) => fetched.push(request.url()));
  });

  afterAll(async () => {
    await deck?.close();
    await session?.close();
  });

  it('has at least two decks in slides/', () => {
    expect(deckFiles.length).toBeGreaterThanOrEqual(2);
    expect(deckFiles).toContain('intro.md');
  });

  it('lists every deck on the start page with its title and slide count', async () => {
    fetched.length = 0;
    await deck.open('');
    expect(await deck.page.textContent('.deck-message h1')).toBe('Оберіть лекцію');
    const cards = await deck.page.$$eval('.deck-list a', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        title: a.querySelector('.deck-card-title')?.textContent,
        subtitle: a.querySelector('.deck-card-subtitle')?.textContent,
        meta: a.querySelector('.deck-card-meta')?.textContent,
      })),
    );
    expect(cards.map((c) => c.href)).toEqual(deckFiles.map((f) => `?p=${f}`));
    // Lectures of one course share a title; the line under it tells them apart.
    expect(cards.find((c) => c.href === '?p=lecture5.md')?.subtitle).toBe(
      'Лекція 5: Згорткові мережі',
    );
    for (const [i, file] of deckFiles.entries()) {
      const rendered = source.render(file);
      expect(cards[i]?.title).toBe(rendered?.title);
      expect(cards[i]?.subtitle).toBe(rendered?.subtitle);
      expect(cards[i]?.meta).toContain(`${file} · ${rendered?.slides.length} слайд`);
    }
    expect(await deck.page.title()).toBe('Оберіть лекцію');
    expect(fetched.filter((url) => DECK_CHUNK.test(url))).toEqual([]);
    expect(await deck.page.$('.slide')).toBeNull();
  });

  it('opens a deck from its card', async () => {
    await deck.page.click('.deck-list a[href="?p=intro.md"]');
    await deck.page.waitForFunction(() => window.__deckReady !== undefined);
    await deck.page.evaluate(() => window.__deckReady);
    expect(await deck.page.textContent('.slide-current h1')).toBe('Як користуватися лекціями');
    expect(await deck.page.title()).toBe('Як користуватися лекціями');
  });

  it('shows no logo on title slides without a course logo (no slides/course.json)', async () => {
    expect(await deck.page.$('.slide-current.title-slide')).not.toBeNull();
    expect(await deck.page.$('.course-logo')).toBeNull();
  });

  it.each([
    ['%2e%2e%2fslides%2flecture5.md', '../slides/lecture5.md'],
    ['..%2F..%2Fetc%2Fpasswd', '../../etc/passwd'],
    ['%252e%252e%252f', '%2e%2e%2f'],
    ['https%3A%2F%2Fevil.example%2Fdeck.md', 'https://evil.example/deck.md'],
    ['%2F%2Fevil.example%2Fdeck.md', '//evil.example/deck.md'],
    ['lecture5.md&p=intro.md', 'lecture5.md, intro.md'],
    ['intro', 'intro'],
    ['Intro.md', 'Intro.md'],
  ])('refuses ?p=%s: a message, the list, no deck loaded', async (raw, shown) => {
    fetched.length = 0;
    await deck.open(`?p=${raw}`);
    expect(await deck.page.textContent('.deck-message h1')).toBe('Презентацію не знайдено');
    expect(await deck.page.textContent('.deck-message-text')).toContain(`«${shown}»`);
    expect(await deck.page.$$eval('.deck-list a', (as) => as.length)).toBe(deckFiles.length);
    expect(await deck.page.$('.slide')).toBeNull();
    expect(fetched.filter((url) => DECK_CHUNK.test(url))).toEqual([]);
  });

  it('shows a disguised value harmlessly (no markup, no bidi tricks, shortened)', async () => {
    const sneaky = `<img src=x onerror="window.hacked=1">\u202Edm.5erutcel${'x'.repeat(200)}`;
    await deck.open(`?p=${encodeURIComponent(sneaky)}`);
    const text = (await deck.page.textContent('.deck-message-text')) ?? '';
    expect(text).toContain('<img src=x');
    expect(text).not.toContain('\u202E');
    expect(text).toContain('…');
    expect(await deck.page.$('.deck-message img')).toBeNull();
    expect(await deck.page.evaluate(() => 'hacked' in window)).toBe(false);
  });

  it('logged no errors', () => {
    expect(deck.errors).toEqual([]);
  });
});
