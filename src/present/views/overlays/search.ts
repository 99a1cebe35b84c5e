import type { OverlayFactory } from '../../overlays.ts';
import { type SearchHit, searchSlides } from '../../search.ts';
import { createDialog } from './dialog.ts';

/**
 * Search (`/`): a text box over the slides' and notes' text; results listed with the slide
 * number and a snippet. ↑ ↓ choose, Enter (or a click) jumps.
 */
export const createSearchOverlay: OverlayFactory = (parent, context) => {
  const { store } = context;
  const doc = parent.ownerDocument;
  const shell = createDialog(parent, {
    className: 'deck-search',
    title: 'Пошук',
    onClose: context.close,
  });
  const label = doc.createElement('label');
  label.className = 'deck-search-label';
  label.textContent = 'Текст у слайдах і нотатках';
  const input = doc.createElement('input');
  input.type = 'search';
  input.className = 'deck-search-input';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'deck-search-results');
  input.setAttribute('aria-autocomplete', 'list');
  label.append(input);
  const status = doc.createElement('p');
  status.className = 'deck-search-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = doc.createElement('ul');
  list.id = 'deck-search-results';
  list.className = 'deck-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Результати пошуку');
  shell.body.append(label, status, list);

  let hits: SearchHit[] = [];
  let selected = -1;

  const select = (i: number): void => {
    selected = hits.length === 0 ? -1 : Math.max(0, Math.min(hits.length - 1, i));
    list.querySelectorAll('[role="option"]').forEach((option, j) => {
      option.setAttribute('aria-selected', String(j === selected));
    });
    const option = selected >= 0 ? list.children[selected] : undefined;
    if (option instanceof HTMLElement) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const update = (): void => {
    hits = searchSlides(store.deck.slides, input.value);
    const items = hits.map((hit, i) => {
      const li = doc.createElement('li');
      li.id = `deck-search-hit-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(hit.index);
      const number = doc.createElement('span');
      number.className = 'deck-search-number';
      number.textContent = `Слайд ${hit.index + 1}`;
      const snippet = doc.createElement('span');
      snippet.className = 'deck-search-snippet';
      const mark = doc.createElement('mark');
      mark.textContent = hit.match;
      snippet.append(hit.before, mark, hit.after);
      li.append(number, snippet);
      return li;
    });
    list.replaceChildren(...items);
    input.setAttribute('aria-expanded', String(hits.length > 0));
    status.textContent =
      input.value.trim() === ''
        ? ''
        : hits.length === 0
          ? 'Нічого не знайдено'
          : `Знайдено слайдів: ${hits.length}`;
    select(0);
  };

  const jumpTo = (hit: SearchHit | undefined): void => {
    if (hit !== undefined) context.jump(hit.index);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      select(selected + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      jumpTo(hits[selected]);
    }
  };
  const onClick = (event: MouseEvent): void => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    const i = option ? Array.prototype.indexOf.call(list.children, option) : -1;
    jumpTo(hits[i]);
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', onKeyDown);
  list.addEventListener('click', onClick);
  input.focus();

  return {
    dispose() {
      input.removeEventListener('input', update);
      input.removeEventListener('keydown', onKeyDown);
      list.removeEventListener('click', onClick);
      shell.dispose();
    },
  };
};
