// TEMPORARY STUB: replaced by the real unified pipeline (rules 14–21 of remark-syntax.md).
import type { Deck, RenderedDeck } from '../model/index.ts';

export interface RenderOptions {
  /** The deck's file name under slides/, e.g. `lecture5.md`. */
  readonly id: string;
  /**
   * Whether a local file exists; `path` is relative to the project root with no leading
   * `./` or `/` (e.g. `figures/lec5/x.png`). Missing figures become placeholder cards.
   * When absent, every local file is assumed to exist.
   */
  readonly fileExists?: (path: string) => boolean;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderDeck(deck: Deck, options: RenderOptions): RenderedDeck {
  return {
    id: options.id,
    title: options.id,
    ratio: deck.ratio,
    total: deck.total,
    messages: deck.messages,
    slides: deck.slides.map((s) => {
      const text = s.content.map((n) => (n.kind === 'text' ? n.text : '')).join('');
      return {
        index: s.index,
        number: s.number,
        classes: s.classes,
        style: '',
        html: `<pre>${escapeHtml(text)}</pre>`,
        notesHtml: '',
        incremental: s.incremental,
        text,
        widgets: [],
        lines: s.lines,
      };
    }),
  };
}
