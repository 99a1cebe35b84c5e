/**
 * Speaker notes of the current and the next slide (already rendered markdown with math), and
 * their font size: one CSS variable on the presenter root, remembered across sessions.
 */
import type { RenderedSlide } from '../../../model/index.ts';
import { hasMath } from '../../readiness.ts';
import { element, iconButton } from './dom.ts';
import { type PresenterSettings, stepNotesFont } from './settings.ts';

export interface NotesPanels {
  readonly current: HTMLElement;
  readonly next: HTMLElement;
  /** The −/+ buttons for the bar. */
  readonly fontControls: HTMLElement;
  show(current: RenderedSlide | undefined, next: RenderedSlide | undefined): void;
  /** One step larger (`1`) or smaller (`-1`). */
  resize(direction: 1 | -1): void;
}

export interface NotesPanelsOptions {
  readonly settings: PresenterSettings;
  /** The element that carries `--notes-font`. */
  readonly root: HTMLElement;
  /** Loads the math stylesheet; called when shown notes contain math. */
  readonly mathStyles?: () => Promise<unknown>;
}

const panel = (doc: Document, className: string, caption: string): HTMLElement => {
  const section = element(doc, 'section', `presenter-notes ${className}`);
  const heading = element(doc, 'h2', 'presenter-caption', caption);
  const body = element(doc, 'div', 'presenter-notes-body');
  body.tabIndex = 0; // a scrollable region must be reachable by keyboard
  // Scrolling long notes (wheel, touch) must not reach the deck's slide gestures.
  const keep = (event: Event): void => event.stopPropagation();
  for (const type of ['wheel', 'touchstart', 'touchend'] as const) {
    body.addEventListener(type, keep, { passive: true });
  }
  section.setAttribute('aria-label', caption);
  section.append(heading, body);
  return section;
};

export function createNotesPanels(doc: Document, options: NotesPanelsOptions): NotesPanels {
  const { settings, root } = options;
  const current = panel(doc, 'presenter-notes-current', 'Нотатки');
  const next = panel(doc, 'presenter-notes-next', 'Нотатки до наступного слайда');
  /** Notes bodies scrolled away from the top since their notes were shown. */
  const scrolled = new Set<HTMLElement>();
  for (const section of [current, next]) {
    const body = section.querySelector<HTMLElement>('.presenter-notes-body');
    const onScroll = (): void => {
      // Scroll events come with a clean layout: reading the position here is cheap.
      if (body !== null && body.scrollTop > 0) scrolled.add(body);
      else if (body !== null) scrolled.delete(body);
    };
    body?.addEventListener('scroll', onScroll, { passive: true });
  }
  let fontPx = settings.notesFontPx();

  const applyFont = (): void => {
    root.style.setProperty('--notes-font', `${fontPx}px`);
  };
  const resize = (direction: 1 | -1): void => {
    fontPx = stepNotesFont(fontPx, direction);
    settings.setNotesFontPx(fontPx);
    applyFont();
  };

  const fontControls = element(doc, 'div', 'presenter-font');
  fontControls.setAttribute('role', 'group');
  fontControls.setAttribute('aria-label', 'Шрифт нотаток');
  const smaller = iconButton(doc, 'A−', 'Зменшити шрифт нотаток', () => resize(-1));
  smaller.title = 'Зменшити шрифт нотаток (−)';
  const larger = iconButton(doc, 'A+', 'Збільшити шрифт нотаток', () => resize(1));
  larger.title = 'Збільшити шрифт нотаток (+)';
  fontControls.append(smaller, larger);

  const fill = (section: HTMLElement, slide: RenderedSlide | undefined, empty: string): void => {
    const body = section.querySelector<HTMLElement>('.presenter-notes-body');
    if (body === null) return;
    // New notes start at the top. Only a body the lecturer scrolled is reset: writing
    // scrollTop forces a layout, which a slide change should not pay for.
    if (scrolled.delete(body)) body.scrollTop = 0;
    const html = slide?.notesHtml ?? '';
    if (html.trim() === '') {
      body.replaceChildren(element(doc, 'p', 'presenter-empty', empty));
      return;
    }
    body.innerHTML = html;
    if (hasMath(html)) void options.mathStyles?.();
  };

  applyFont();
  return {
    current,
    next,
    fontControls,
    show(currentSlide, nextSlide) {
      fill(current, currentSlide, 'Нотаток немає');
      fill(next, nextSlide, nextSlide === undefined ? 'Це останній слайд' : 'Нотаток немає');
    },
    resize,
  };
}
