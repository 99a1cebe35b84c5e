/**
 * Where a live cell's output panel goes on its slide: in the flow right under the run bar,
 * in place of the author's recorded output (the code blocks that follow the cell's marker,
 * hidden while the panel shows and back when it hides), and never taller than the room the
 * slide has left — so it covers nothing the author wrote and nothing leaves the slide. The
 * panel scrolls when its content needs more.
 */

/** Lowest panel height worth showing (its header and a line), CSS px of the slide. */
const MIN_PANEL = 64;

export interface Placement {
  /** Trades places with the recorded output (`shown`) or gives it back; fits the panel. */
  update(shown: boolean): void;
  /** Gives back whatever it hid. */
  dispose(): void;
}

/** A code block, or a wrapper (`.smaller-x[…]`) around code blocks only. */
function isRecordedOutput(el: Element): boolean {
  if (el.tagName === 'PRE') return true;
  const children = [...el.children];
  return el.tagName === 'DIV' && children.length > 0 && children.every((c) => c.tagName === 'PRE');
}

/** The recorded output of a cell: the code blocks right after its marker, up to other content. */
export function recordedOutputs(marker: Element): Element[] {
  const out: Element[] = [];
  for (let el = marker.nextElementSibling; el !== null; el = el.nextElementSibling) {
    if (!isRecordedOutput(el)) break;
    out.push(el);
  }
  return out;
}

/**
 * How far the slide's content runs past its padding box at the bottom (CSS px of the slide,
 * not scaled); 0 when it fits.
 */
function slideOverflow(slide: HTMLElement): number {
  return Math.max(0, slide.scrollHeight - slide.clientHeight);
}

export function createPlacement(element: HTMLElement, panel: HTMLElement): Placement {
  const hidden = new Map<HTMLElement, string>();
  const giveBack = (): void => {
    for (const [el, display] of hidden) {
      el.style.display = display;
      delete el.dataset.liveReplaced;
    }
    hidden.clear();
  };
  const hide = (): void => {
    for (const el of recordedOutputs(element)) {
      if (!(el instanceof HTMLElement) || hidden.has(el)) continue;
      hidden.set(el, el.style.display);
      el.style.display = 'none';
      // A handle for tools: this block is the author's output the live panel stands in for.
      el.dataset.liveReplaced = '';
    }
  };
  /** The panel at its natural height, then as much less as the slide lacks. */
  const fitHeight = (): void => {
    const slide = element.closest<HTMLElement>('.slide');
    panel.style.maxHeight = '';
    if (slide === null) return;
    const over = slideOverflow(slide);
    if (over === 0) return;
    // Layout sizes (offsetHeight, scrollHeight): the slide's scale transform does not apply.
    panel.style.maxHeight = `${Math.max(MIN_PANEL, Math.floor(panel.offsetHeight - over))}px`;
  };
  return {
    update(shown) {
      if (shown) hide();
      else giveBack();
      if (shown) fitHeight();
    },
    dispose() {
      giveBack();
      panel.style.maxHeight = '';
    },
  };
}
