import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deckPreloadScript } from '../../src/build/preloadScript.ts';

/** Runs the script against a fake page and returns the hrefs it preloaded. */
function preloaded(chunks: Record<string, string>, search: string): string[] {
  const links: { rel: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { appendChild: (l: { rel: string; href: string }) => links.push(l) },
  };
  runInNewContext(deckPreloadScript(chunks), { document, location: { search }, URLSearchParams });
  return links.filter((l) => l.rel === 'modulepreload').map((l) => l.href);
}

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

  it('keeps the inline script safe from a closing script tag in an id', () => {
    expect(deckPreloadScript({ '</script>.md': '/a.js' })).not.toContain('</script>');
  });
});
