import { describe, expect, it } from 'vitest';
import type { Content, ContentNode } from '../../src/model/index.ts';
import { MAX_CLASS_DEPTH } from '../../src/parse/limits.ts';
import { contentSource } from '../../src/render/contentSource.ts';
import { renderDeck } from '../../src/render/index.ts';
import { cpuNowMs } from '../support/cpuTime.ts';
import { deckOf as deckOfSlides } from './deckOf.ts';

const deckOf = (content: Content) => deckOfSlides([{ content }]);

// The parser keeps classes at most MAX_CLASS_DEPTH deep, but renderDeck takes any Deck:
// content built by hand, however deep, must not overflow the stack.

function nested(depth: number): Content {
  let node: ContentNode = { kind: 'text', text: 'core' };
  for (let d = 0; d < depth; d++) {
    node = { kind: 'class', classes: ['a'], block: false, children: [node], line: 1 };
  }
  return [node];
}

describe('class depth in rendering', () => {
  it('renders 20,000 hand-made levels: the deep part as text, with a warning', () => {
    const start = cpuNowMs();
    const rendered = renderDeck(deckOf(nested(20_000)), { id: 'x.md' });
    expect(cpuNowMs() - start).toBeLessThan(3000);
    expect(rendered.messages.map((m) => m.rule)).toEqual(['class-too-deep']);
    const html = rendered.slides[0]!.html;
    expect(html.split('<span class="a">').length - 1).toBe(MAX_CLASS_DEPTH);
    expect(html).toContain('.a[.a[');
    expect(html).toContain('core');
  });

  it('gives the source of deep content without recursion', () => {
    expect(contentSource(nested(3))).toBe('.a[.a[.a[core]]]');
    expect(contentSource(nested(100_000))).toHaveLength(100_000 * 4 + 4);
  });
});
