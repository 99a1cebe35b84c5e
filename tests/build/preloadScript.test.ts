import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deckPreloadScript } from '../../src/build/preloadScript.ts';

interface FakeLink {
  rel: string;
  href: string;
  as?: string;
}

/** Runs the script against a fake page and returns the links it added, in order. */
function links(chunks: Record<string, string>, search: string, fonts: string[] = []): FakeLink[] {
  const added: FakeLink[] = [];
  const document = {
    createElement: (): FakeLink => ({ rel: '', href: '' }),
    head: { appendChild: (l: FakeLink) => added.push(l) },
  };
  runInNewContext(deckPreloadScript(chunks, fonts), {
    document,
    location: { search },
    URLSearchParams,
  });
  return added;
}

const preloaded = (chunks: Record<string, string>, search: string): string[] =>
  links(chunks, search)
    .filter((l) => l.rel === 'modulepreload')
    .map((l) => l.href);

const one = { 'lecture5.md': '/assets/lecture5-x.js' };
const two = { ...one, 'lecture6.md': '/assets/lecture6-y.js' };

describe('deck preload script', () => {
  it('preloads the only deck at the root URL', () => {
    expect(preloaded(one, '')).toEqual(['/assets/lecture5-x.js']);
  });

  it('preloads nothing at the root URL when there are several decks', () => {
    expect(preloaded(two, '')).toEqual([]);
  });

  it('preloads the deck named by ?p=', () => {
    expect(preloaded(two, '?p=lecture6.md')).toEqual(['/assets/lecture6-y.js']);
  });

  it.each(['../x.md', 'https://e.example/a.md', 'nope.md', 'constructor', 'toString'])(
    'preloads nothing for ?p=%s',
    (p) => {
      expect(preloaded(two, `?p=${encodeURIComponent(p)}`)).toEqual([]);
    },
  );

  it('preloads nothing for two different ?p= values, the deck for a repeated one', () => {
    expect(preloaded(two, '?p=lecture5.md&p=lecture6.md')).toEqual([]);
    expect(preloaded(two, '?p=lecture6.md&p=lecture6.md')).toEqual(['/assets/lecture6-y.js']);
  });

  it('requests the deck before the fonts, and the fonts even without a deck', () => {
    const fonts = ['/assets/a.woff2', '/assets/b.woff2'];
    expect(links(one, '', fonts).map((l) => [l.rel, l.href, l.as])).toEqual([
      ['modulepreload', '/assets/lecture5-x.js', undefined],
      ['preload', '/assets/a.woff2', 'font'],
      ['preload', '/assets/b.woff2', 'font'],
    ]);
    expect(links(one, '?p=nope.md', fonts).map((l) => l.href)).toEqual(fonts);
  });

  it('keeps the inline script safe from a closing script tag in an id', () => {
    expect(deckPreloadScript({ '</script>.md': '/a.js' })).not.toContain('</script>');
  });
});
