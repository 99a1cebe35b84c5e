import type { RenderedDeck, RenderedSlide } from '../../src/model/index.ts';
import { slideIndex, slideNumber } from '../../src/model/index.ts';

/** A rendered deck with `n` slides; `names` gives some slides a `name:`. */
export function deckOf(n: number, names: Readonly<Record<number, string>> = {}): RenderedDeck {
  const slides: RenderedSlide[] = Array.from({ length: n }, (_, i) => ({
    index: slideIndex(i),
    number: slideNumber(i + 1),
    ...(names[i] === undefined ? {} : { name: names[i] }),
    classes: [],
    style: '',
    html: `<p>slide ${i + 1}</p>`,
    notesHtml: '',
    incremental: false,
    text: `slide ${i + 1}`,
    widgets: [],
    lines: { start: 1, end: 1 },
  }));
  return {
    id: 'test.md',
    title: 'Test',
    ratio: '4:3',
    total: slideNumber(n),
    slides,
    messages: [],
  };
}
