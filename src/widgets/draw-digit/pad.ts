import { type GrayImage, rgbaToInk } from '../../ml/preprocess/index.ts';
import { h } from '../shared/dom.ts';
import { type Point, unitPoint } from './strokeMessages.ts';

export interface DrawingPadOptions {
  /** Canvas side in canvas pixels (and CSS px before slide scaling). */
  readonly size: number;
  /** Pen width in canvas pixels: about 1/13 of the side gives MNIST's 2–3 px strokes in 28×28. */
  readonly lineWidth: number;
  /** Called after every change of the drawing (stroke segment or clear). */
  readonly onChange: () => void;
  /** Called when a stroke ends (pointer up or cancelled). */
  readonly onStrokeEnd?: () => void;
  /** Local input as pad-relative points in [0, 1] (for mirroring to other windows). */
  readonly onStroke?: (kind: 'down' | 'move' | 'up', points: readonly Point[]) => void;
}

export interface DrawingPad {
  readonly element: HTMLCanvasElement;
  /** The drawing as ink in [0, 1] (white strokes on black). */
  ink(): GrayImage;
  clear(): void;
  /** Replays another window's stroke (its own pen: never joined to a local stroke). */
  replay(kind: 'down' | 'move' | 'up', points: readonly Point[]): void;
  readonly isEmpty: boolean;
  dispose(): void;
}

/**
 * A black square to draw on in white with a mouse, pen or finger (Pointer Events with pointer
 * capture, coalesced moves; `touch-action: none` in CSS keeps the page from scrolling).
 * Works under the slide's CSS scaling: positions are mapped through the canvas's client rect.
 */
export function createDrawingPad(doc: Document, options: DrawingPadOptions): DrawingPad {
  const { size, lineWidth } = options;
  const canvas = h(doc, 'canvas', {
    class: 'dd-canvas',
    width: size,
    height: size,
    tabindex: -1,
    'aria-label': 'Поле для малювання цифри (мишею, пером або пальцем)',
    'data-pad': '',
  });
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let active: number | undefined;
  let last: { x: number; y: number } | undefined;
  let remoteLast: { x: number; y: number } | undefined;
  let empty = true;

  const paintBackground = (): void => {
    if (ctx === null) return;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = '#fff';
    ctx.fillStyle = '#fff';
    ctx.lineWidth = lineWidth;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
  };
  const toCanvas = (event: PointerEvent): { x: number; y: number } => {
    const rect = canvas.getBoundingClientRect();
    const sx = rect.width === 0 ? 1 : size / rect.width;
    const sy = rect.height === 0 ? 1 : size / rect.height;
    return { x: (event.clientX - rect.left) * sx, y: (event.clientY - rect.top) * sy };
  };
  const dot = (p: { x: number; y: number }): void => {
    ctx?.beginPath();
    ctx?.arc(p.x, p.y, lineWidth / 2, 0, Math.PI * 2);
    ctx?.fill();
  };
  const segment = (from: { x: number; y: number }, to: { x: number; y: number }): void => {
    ctx?.beginPath();
    ctx?.moveTo(from.x, from.y);
    ctx?.lineTo(to.x, to.y);
    ctx?.stroke();
  };

  const onDown = (event: PointerEvent): void => {
    if (active !== undefined) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    active = event.pointerId;
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic events have no active pointer to capture; drawing still works.
    }
    last = toCanvas(event);
    dot(last);
    empty = false;
    options.onStroke?.('down', [unitPoint(last.x, last.y, size)]);
    options.onChange();
  };
  const onMove = (event: PointerEvent): void => {
    if (event.pointerId !== active || last === undefined) return;
    event.preventDefault();
    const moves = event.getCoalescedEvents?.() ?? [];
    const points: Point[] = [];
    for (const move of moves.length > 0 ? moves : [event]) {
      const p = toCanvas(move);
      segment(last, p);
      last = p;
      points.push(unitPoint(p.x, p.y, size));
    }
    options.onStroke?.('move', points);
    options.onChange();
  };
  const onUp = (event: PointerEvent): void => {
    if (event.pointerId !== active) return;
    active = undefined;
    last = undefined;
    if (canvas.hasPointerCapture?.(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
    options.onStroke?.('up', []);
    options.onStrokeEnd?.();
  };

  paintBackground();
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('pointercancel', onUp);
  canvas.addEventListener('lostpointercapture', onUp);

  return {
    element: canvas,
    get isEmpty() {
      return empty;
    },
    ink() {
      if (ctx === null) return { width: size, height: size, data: new Float32Array(size * size) };
      return rgbaToInk(ctx.getImageData(0, 0, size, size).data, size, size);
    },
    replay(kind, points) {
      if (kind === 'up') {
        remoteLast = undefined;
        options.onStrokeEnd?.();
        return;
      }
      for (const [ux, uy] of points) {
        const p = { x: ux * size, y: uy * size };
        if (kind === 'down' || remoteLast === undefined) dot(p);
        else segment(remoteLast, p);
        remoteLast = p;
      }
      empty = false;
      options.onChange();
    },
    clear() {
      active = undefined;
      last = undefined;
      remoteLast = undefined;
      empty = true;
      paintBackground();
      options.onChange();
    },
    dispose() {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onUp);
      canvas.removeEventListener('lostpointercapture', onUp);
    },
  };
}
