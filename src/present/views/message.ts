import type { DeckSummary } from '../../model/index.ts';
import { countedUk } from '../../model/pluralUk.ts';
import { element } from './dom.ts';

export interface MessageView {
  readonly element: HTMLElement;
  dispose(): void;
}

export interface MessageContent {
  readonly title: string;
  readonly text?: string;
  /** Decks to offer as links (`?p=id`). */
  readonly decks?: readonly DeckSummary[];
}

/** "79 слайдів", "1 слайд", "3 слайди": Ukrainian plural forms. */
export function slidesCount(count: number): string {
  return countedUk(count, ['слайд', 'слайди', 'слайдів']);
}

function deckCard(doc: Document, deck: DeckSummary): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.className = 'deck-card';
  a.href = `?p=${encodeURIComponent(deck.id)}`;
  a.append(element(doc, 'span', 'deck-card-title', deck.title));
  if (deck.subtitle !== undefined) {
    a.append(element(doc, 'span', 'deck-card-subtitle', deck.subtitle));
  }
  const ratio = deck.ratio === '16:9' ? ' · 16:9' : '';
  a.append(
    element(doc, 'span', 'deck-card-meta', `${deck.id} · ${slidesCount(deck.count)}${ratio}`),
  );
  li.append(a);
  return li;
}

/** A plain page in place of the deck: the deck list or an explanation of what went wrong. */
export function createMessageView(parent: HTMLElement, content: MessageContent): MessageView {
  const doc = parent.ownerDocument;
  const page = element(doc, 'main', 'deck-message');
  page.lang = 'uk';
  const h1 = doc.createElement('h1');
  h1.textContent = content.title;
  page.append(h1);
  if (content.text !== undefined) page.append(element(doc, 'p', 'deck-message-text', content.text));
  if (content.decks && content.decks.length > 0) {
    const nav = doc.createElement('nav');
    nav.setAttribute('aria-label', 'Презентації');
    const ul = element(doc, 'ul', 'deck-list');
    for (const deck of content.decks) ul.append(deckCard(doc, deck));
    nav.append(ul);
    page.append(nav);
  }
  parent.append(page);
  return {
    element: page,
    dispose() {
      page.remove();
    },
  };
}
