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

/** A plain page in place of the deck: the deck list or an explanation of what went wrong. */
export function createMessageView(parent: HTMLElement, content: MessageContent): MessageView {
  const doc = parent.ownerDocument;
  const element = doc.createElement('main');
  element.className = 'deck-message';
  const h1 = doc.createElement('h1');
  h1.textContent = content.title;
  element.append(h1);
  if (content.text !== undefined) {
    const p = doc.createElement('p');
    p.textContent = content.text;
    element.append(p);
  }
  if (content.decks && content.decks.length > 0) {
    const ul = doc.createElement('ul');
    for (const deck of content.decks) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = `?p=${encodeURIComponent(deck.id)}`;
      a.textContent = `${deck.title} (${deck.id}, ${deck.count} слайдів)`;
      li.append(a);
      ul.append(li);
    }
    element.append(ul);
  }
  parent.append(element);
  return {
    element,
    dispose() {
      element.remove();
    },
  };
}
