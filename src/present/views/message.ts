import type { DeckSummary } from '../../model/index.ts';

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
  const n = Math.abs(count) % 100;
  const last = n % 10;
  const word =
    n >= 11 && n <= 14
      ? 'слайдів'
      : last === 1
        ? 'слайд'
        : last >= 2 && last <= 4
          ? 'слайди'
          : 'слайдів';
  return `${count} ${word}`;
}

function deckCard(doc: Document, deck: DeckSummary): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.className = 'deck-card';
  a.href = `?p=${encodeURIComponent(deck.id)}`;
  const title = doc.createElement('span');
  title.className = 'deck-card-title';
  title.textContent = deck.title;
  a.append(title);
  if (deck.subtitle !== undefined) {
    const subtitle = doc.createElement('span');
    subtitle.className = 'deck-card-subtitle';
    subtitle.textContent = deck.subtitle;
    a.append(subtitle);
  }
  const meta = doc.createElement('span');
  meta.className = 'deck-card-meta';
  meta.textContent = `${deck.id} · ${slidesCount(deck.count)}${deck.ratio === '16:9' ? ' · 16:9' : ''}`;
  a.append(meta);
  li.append(a);
  return li;
}

/** A plain page in place of the deck: the deck list or an explanation of what went wrong. */
export function createMessageView(parent: HTMLElement, content: MessageContent): MessageView {
  const doc = parent.ownerDocument;
  const element = doc.createElement('main');
  element.className = 'deck-message';
  element.lang = 'uk';
  const h1 = doc.createElement('h1');
  h1.textContent = content.title;
  element.append(h1);
  if (content.text !== undefined) {
    const p = doc.createElement('p');
    p.className = 'deck-message-text';
    p.textContent = content.text;
    element.append(p);
  }
  if (content.decks && content.decks.length > 0) {
    const nav = doc.createElement('nav');
    nav.setAttribute('aria-label', 'Презентації');
    const ul = doc.createElement('ul');
    ul.className = 'deck-list';
    for (const deck of content.decks) ul.append(deckCard(doc, deck));
    nav.append(ul);
    element.append(nav);
  }
  parent.append(element);
  return {
    element,
    dispose() {
      element.remove();
    },
  };
}
