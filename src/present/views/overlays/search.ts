import type { OverlayFactory } from '../../overlays.ts';
import { type SearchHit, type SnippetPiece, searchSlides } from '../../search.ts';
import { element } from '../dom.ts';
import { slideLabel } from '../slideLabel.ts';
import { createDialog } from './dialog.ts';
import { type SlideSearchSource, slideSearchSource } from './searchSource.ts';

/** The hint next to the box: what Esc does now. */
const ESC_CLEARS = 'очистити';
const ESC_CLOSES = 'закрити';

/**
 * Search (`/`): a text box over the slides' and notes' text; results listed with the number
 * shown on the slide and a snippet (formulas typeset, the match marked). ↑ ↓ choose, Enter (or
 * a click) jumps. Esc clears the query, or closes when it is empty; a hint says which.
 */
export const createSearchOverlay: OverlayFactory = (parent, context) => {
  const { store } = context;
  const doc = parent.ownerDocument;
  const shell = createDialog(parent, {
    className: 'deck-search',
    title: 'Пошук',
    onClose: context.close,
  });
  const label = element(doc, 'label', 'deck-search-label', 'Текст у слайдах і нотатках');
  const input = element(doc, 'input', 'deck-search-input');
  input.id = 'deck-search-input';
  label.htmlFor = input.id;
  input.type = 'search';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'deck-search-results');
  input.setAttribute('aria-autocomplete', 'list');
  const hint = element(doc, 'span', 'deck-search-hint');
  hint.id = 'deck-search-hint';
  const hintKey = doc.createElement('kbd');
  hintKey.textContent = 'Esc';
  const hintAction = doc.createElement('span');
  hint.append(hintKey, ' — ', hintAction);
  input.setAttribute('aria-describedby', hint.id);
  // The hint sits outside the label: it describes the box, it does not name it.
  const field = element(doc, 'div', 'deck-search-field');
  field.append(input, hint);
  const status = element(doc, 'p', 'deck-search-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = element(doc, 'ul', 'deck-search-results');
  list.id = 'deck-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Результати пошуку');
  shell.body.append(label, field, status, list);

  let hits: SearchHit[] = [];
  let selected = -1;
  // Parsed on the first query, once per opening.
  let sources: SlideSearchSource[] | undefined;
  const sourcesOf = (): SlideSearchSource[] => {
    sources ??= store.deck.slides.map((slide) => slideSearchSource(doc, slide));
    return sources;
  };

  const showPiece = (piece: SnippetPiece, source: SlideSearchSource | undefined): Node => {
    let node: Node;
    if (piece.kind === 'math') {
      const formula = source?.formulas[piece.segment];
      const box = element(doc, 'span', 'deck-search-math');
      if (formula) box.append(doc.importNode(formula, true));
      else box.textContent = piece.tex;
      node = box;
    } else node = doc.createTextNode(piece.text);
    if (!piece.hit) return node;
    const mark = doc.createElement('mark');
    mark.append(node);
    return mark;
  };

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
    hintAction.textContent = input.value === '' ? ESC_CLOSES : ESC_CLEARS;
    hits = input.value.trim() === '' ? [] : searchSlides(sourcesOf(), input.value);
    const slides = store.deck.slides;
    const items = hits.map((hit, i) => {
      const li = doc.createElement('li');
      li.id = `deck-search-hit-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(hit.index);
      const number = element(doc, 'span', 'deck-search-number', slideLabel(slides, hit.index));
      const snippet = element(doc, 'span', 'deck-search-snippet');
      const source = sources?.[hit.index];
      if (hit.more.before) snippet.append('… ');
      for (const piece of hit.pieces) snippet.append(showPiece(piece, source));
      if (hit.more.after) snippet.append(' …');
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
  // Esc anywhere in the dialog: clear a query first, close when there is none. Handled here
  // (not left to the search box's own Esc, which some browsers lack) so the hint holds.
  const onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.isComposing || input.value === '') return;
    event.preventDefault();
    event.stopPropagation();
    input.value = '';
    update();
    input.focus();
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', onKeyDown);
  shell.dialog.addEventListener('keydown', onEscape, true);
  list.addEventListener('click', onClick);
  update();
  input.focus();

  return {
    dispose() {
      input.removeEventListener('input', update);
      input.removeEventListener('keydown', onKeyDown);
      shell.dialog.removeEventListener('keydown', onEscape, true);
      list.removeEventListener('click', onClick);
      shell.dispose();
    },
  };
};
