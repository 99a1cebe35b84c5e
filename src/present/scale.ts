export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The factor that fits a box of `box` size inside `viewport`, keeping its ratio. */
export function fitScale(box: Size, viewport: Size): number {
  if (box.width <= 0 || box.height <= 0) return 1;
  const scale = Math.min(viewport.width / box.width, viewport.height / box.height);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

export interface Scaler {
  /** Sets the reference size (e.g. after the deck ratio changed) and re-fits. */
  setSize(size: Size): void;
  dispose(): void;
}

/** Scales `frame` (laid out at the reference size) to fit `win`, centred. */
export function createScaler(frame: HTMLElement, win: Window, initial: Size): Scaler {
  let size = initial;
  const applyScale = (): void => {
    const scale = fitScale(size, { width: win.innerWidth, height: win.innerHeight });
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    frame.style.transform = `translate(-50%, -50%) scale(${scale})`;
  };
  win.addEventListener('resize', applyScale);
  applyScale();
  return {
    setSize(next) {
      size = next;
      applyScale();
    },
    dispose() {
      win.removeEventListener('resize', applyScale);
    },
  };
}
