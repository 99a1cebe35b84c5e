import type { Content, Deck, Slide } from '../../src/model/index.ts';
import { slideIndex, slideNumber } from '../../src/model/index.ts';

export interface SlideSpec {
  readonly content: Content;
  readonly notes?: Content;
  readonly properties?: Record<string, string>;
  readonly classes?: string[];
  readonly start?: number;
}

/** A hand-built deck (no parser involved) for renderer unit tests. */
export function deckOf(specs: readonly SlideSpec[], links: Deck['links'] = {}): Deck {
  const slides = specs.map(
    (spec, i): Slide => ({
      index: slideIndex(i),
      number: slideNumber(i + 1),
      classes: spec.classes ?? [],
      properties: spec.properties ?? {},
      content: spec.content,
      notes: spec.notes ?? [],
      incremental: false,
      lines: { start: spec.start ?? 1, end: (spec.start ?? 1) + 10 },
    }),
  );
  return { slides, links, ratio: '4:3', total: slideNumber(slides.length), messages: [] };
}

export const text = (t: string): Content[number] => ({ kind: 'text', text: t });
export const math = (tex: string, display = false, line = 1): Content[number] => ({
  kind: 'math',
  tex,
  display,
  line,
});
export const cls = (classes: string[], children: Content, line = 1): Content[number] => ({
  kind: 'class',
  classes,
  block: children.some((c) => c.kind === 'text' && c.text.includes('\n')),
  children,
  line,
});
