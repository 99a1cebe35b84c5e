import { createControls } from './controls.ts';
import { h } from './dom.ts';
import { attachKeys } from './keys.ts';
import { createPlayer, type Player, type PlayerState } from './player.ts';

export interface FrameOptions {
  /** The widget's name, written to `data-widget`. */
  readonly name: string;
  /** Accessible name of the widget (Ukrainian). */
  readonly label: string;
}

export interface Frame {
  readonly doc: Document;
  readonly win: Window;
  readonly root: HTMLElement;
  /** Where the widget puts its own content, above the controls. */
  readonly body: HTMLElement;
  readonly reducedMotion: boolean;
  /** Creates the transport bar (once) driving `render` at every position change. */
  animate(options: AnimateOptions): Player;
  /** Replaces the content by a readable message and sets `data-state="error"`. */
  fail(message: string): void;
  /** Registers cleanup run by `dispose`. */
  onDispose(cleanup: () => void): void;
  dispose(): void;
}

export interface AnimateOptions {
  readonly steps: number;
  readonly intervalMs: number;
  readonly render: (position: number) => void;
  readonly status: (position: number, steps: number) => string;
  /** Starts playing unless the reader prefers reduced motion. */
  readonly autoplay: boolean;
}

/**
 * Takes over a placeholder element as the widget root (data-widget, data-state, keys) and
 * gives it back untouched on dispose: original children and attributes are restored.
 */
export function mountFrame(element: HTMLElement, options: FrameOptions): Frame {
  const doc = element.ownerDocument;
  const win = doc.defaultView ?? window;
  const saved = [...element.childNodes];
  const savedAttrs = [
    'data-widget',
    'data-state',
    'data-takes-keys',
    'tabindex',
    'role',
    'aria-label',
  ].map((name) => [name, element.getAttribute(name)] as const);
  const cleanups: (() => void)[] = [];
  element.replaceChildren();
  element.classList.add('cw');
  element.dataset.widget = options.name;
  element.dataset.state = 'idle';
  element.dataset.takesKeys = '';
  element.tabIndex = 0;
  element.setAttribute('role', 'group');
  element.setAttribute('aria-label', options.label);
  const body = h(doc, 'div', { class: 'cw-body' });
  element.append(body);
  const reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  let player: Player | undefined;
  let disposed = false;

  const frame: Frame = {
    doc,
    win,
    root: element,
    body,
    reducedMotion,
    animate(opts) {
      if (player !== undefined) throw new Error('animate() called twice');
      const created = createPlayer({
        steps: opts.steps,
        intervalMs: opts.intervalMs,
        timers: {
          // timing: the widget animation clock handed to player.ts (not slide timing)
          setInterval: (fn, ms) => win.setInterval(fn, ms),
          clearInterval: (id) => win.clearInterval(id),
        },
        onChange: (position, state: PlayerState) => {
          if (disposed) return;
          opts.render(position);
          if (element.dataset.state !== 'error') element.dataset.state = state;
          element.dataset.position = String(position);
          controls.update(position, state, opts.status(position, created.steps));
        },
      });
      player = created;
      const controls = createControls(doc, created);
      element.append(controls.element);
      cleanups.push(attachKeys(element, created), () => created.dispose());
      opts.render(0);
      element.dataset.position = '0';
      controls.update(0, created.state, opts.status(0, created.steps));
      if (opts.autoplay && !reducedMotion) created.play();
      return created;
    },
    fail(message) {
      element.dataset.state = 'error';
      body.replaceChildren(h(doc, 'p', { class: 'cw-error', role: 'alert' }, message));
    },
    onDispose(cleanup) {
      cleanups.push(cleanup);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      element.replaceChildren(...saved);
      element.classList.remove('cw');
      delete element.dataset.position;
      for (const [name, value] of savedAttrs) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
    },
  };
  return frame;
}

/** Reads a boolean param: "false"/"0"/"no" are false, anything else (or absent) the default. */
export function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  return !/^(false|0|no|ні)$/i.test(value.trim());
}
