import { slideIndex } from '../../../model/index.ts';
import type { OverlayFactory } from '../../overlays.ts';
import { renderSlide, SLIDE_SIZE, type SlideDomOptions } from '../slideDom.ts';
import { slideLabel } from '../slideLabel.ts';
import { thumbnailStills } from '../slideStills.ts';
import { createDialog } from './dialog.ts';

const THUMB_WIDTH = 220;

/** A thumbnail: the slide's HTML scaled down; no widget mounts and no medium loads or plays. */
const THUMBNAIL: SlideDomOptions = {
  className: 'slide-thumbnail',
  stills: thumbnailStills,
  lazy: true,
  access: 'hidden',
  width: THUMB_WIDTH,
};

/** Index of the button a grid arrow key moves to (columns from the layout), or undefined. */
export function gridMove(
  key: string,
  from: number,
  count: number,
  columns: number,
): number | undefined {
  const cols = Math.max(1, columns);
  const target: Record<string, number> = {
    ArrowRight: from + 1,
    ArrowLeft: from - 1,
    ArrowDown: from + cols,
    ArrowUp: from - cols,
    Home: 0,
    End: count - 1,
    PageDown: from + cols * 3,
    PageUp: from - cols * 3,
  };
  const next = target[key];
  if (next === undefined) return undefined;
  return Math.max(0, Math.min(count - 1, next));
}

/**
 * The slide overview (`o`): a grid of thumbnails, rendered lazily as they scroll into view.
 * Click, or arrows and Enter, to jump; Esc (or `o`) closes.
 */
export const createOverviewOverlay: OverlayFactory = (parent, context) => {
  const { store } = context;
  const deck = store.deck;
  const doc = parent.ownerDocument;
  const win = doc.defaultView;
  const shell = createDialog(parent, {
    className: 'deck-overview',
    title: 'Огляд слайдів',
    onClose: context.close,
    closeKeys: ['o'],
  });
  const list = doc.createElement('ol');
  list.className = 'deck-overview-grid';
  const buttons: HTMLButtonElement[] = [];
  const boxes = new Map<Element, number>();
  for (const slide of deck.slides) {
    const item = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'deck-overview-item';
    button.dataset.index = String(slide.index);
    if (slide.index === store.index) button.setAttribute('aria-current', 'true');
    const box = doc.createElement('div');
    box.className = 'deck-overview-thumb';
    const size = SLIDE_SIZE[deck.ratio];
    box.style.width = `${THUMB_WIDTH}px`;
    box.style.height = `${Math.round((THUMB_WIDTH * size.height) / size.width)}px`;
    const label = doc.createElement('span');
    label.className = 'deck-overview-number';
    // The number shown on the slide (what digits then Enter go to), not its position.
    label.textContent = slideLabel(deck.slides, slide.index);
    button.append(box, label);
    item.append(button);
    list.append(item);
    buttons.push(button);
    boxes.set(box, slide.index);
  }
  shell.body.append(list);

  const rendered = new Set<number>();
  const render = (box: Element): void => {
    const index = boxes.get(box);
    const slide = index === undefined ? undefined : deck.slides[index];
    if (slide === undefined || rendered.has(slide.index) || !(box instanceof HTMLElement)) return;
    rendered.add(slide.index);
    box.replaceChildren(renderSlide(doc, slide, deck, THUMBNAIL).element);
  };
  // Only thumbnails near the visible part of the grid are rendered.
  const observer =
    win && typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              render(entry.target);
              observer?.unobserve(entry.target);
            }
          },
          { root: shell.body, rootMargin: '300px 0px' },
        )
      : undefined;
  for (const box of boxes.keys()) {
    if (observer) observer.observe(box);
    else render(box);
  }

  const columns = (): number => {
    const top = buttons[0]?.offsetTop;
    const count = buttons.findIndex((b) => b.offsetTop !== top);
    return count <= 0 ? buttons.length : count;
  };
  const onClick = (event: MouseEvent): void => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const index = button?.dataset.index;
    if (index !== undefined) context.jump(slideIndex(Number(index)));
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const from = buttons.indexOf(doc.activeElement as HTMLButtonElement);
    const next = gridMove(event.key, Math.max(0, from), buttons.length, columns());
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  list.addEventListener('click', onClick);
  list.addEventListener('keydown', onKeyDown);
  const current = buttons[store.index];
  current?.focus({ preventScroll: true });
  current?.scrollIntoView({ block: 'center' });

  return {
    dispose() {
      observer?.disconnect();
      list.removeEventListener('click', onClick);
      list.removeEventListener('keydown', onKeyDown);
      shell.dispose();
    },
  };
};
