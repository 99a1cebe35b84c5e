// Draw-to-prediction latency of the draw-digit widget in the built lecture (for bench:live):
// synthetic pen strokes on the shown pad, one move per frame at a random time within it.
import type { Browser } from 'playwright-core';
import { withTimeout } from '../../tests/e2e/support/browser.ts';
import { openDeck } from './benchDeckPage.ts';

/**
 * Page script: draws `strokes` strokes of `moves` synthetic pen moves on the shown draw-digit
 * pad, each move at a random point within a frame (like real input), and returns per move the
 * ms from dispatch to the widget's prediction (data-predictions incremented), and the widget's
 * own compute time (data-predict-ms: preprocessing + both models + DOM update).
 */
const TIME_DRAWING = (strokes: number, moves: number): string => `(async () => {
  const root = document.querySelector('.slide-current [data-widget="draw-digit"]');
  const pad = root.querySelector('[data-pad]');
  const rect = pad.getBoundingClientRect();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const fire = (type, t) => {
    // A "2"-like path: an arc over the top, a diagonal down, a line along the bottom.
    const a = Math.PI * (1 - Math.min(1, t * 2.5));
    const [x, y] = t < 0.4 ? [0.5 + 0.25 * Math.cos(a), 0.3 - 0.15 * Math.sin(a)]
      : t < 0.8 ? [0.75 - (t - 0.4) * 1.25, 0.3 + (t - 0.4) * 1.25] : [0.25 + (t - 0.8) * 2.5, 0.8];
    pad.dispatchEvent(new PointerEvent(type, { pointerId: 9, pointerType: 'pen', isPrimary: true,
      bubbles: true, cancelable: true, button: type === 'pointermove' ? -1 : 0, buttons: type === 'pointerup' ? 0 : 1,
      clientX: rect.left + rect.width * x, clientY: rect.top + rect.height * y }));
  };
  const predicted = () => new Promise((resolve) => {
    const before = root.getAttribute('data-predictions');
    const observer = new MutationObserver(() => {
      if (root.getAttribute('data-predictions') === before) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-predictions'] });
  });
  const latency = [];
  const compute = [];
  for (let s = 0; s < ${strokes}; s++) {
    root.querySelector('[data-action="clear"]').click();
    await frame();
    fire('pointerdown', 0);
    await predicted();
    for (let m = 1; m <= ${moves}; m++) {
      await frame();
      await pause(Math.random() * 14);
      const done = predicted();
      const start = performance.now();
      fire('pointermove', m / ${moves});
      latency.push((await done) - start);
      compute.push(Number(root.getAttribute('data-predict-ms')));
    }
    fire('pointerup', 1);
  }
  return { latency, compute, backend: root.getAttribute('data-backend') };
})()`;

export async function timeDrawing(
  browser: Browser,
  base: string,
  slide: number,
): Promise<{ latency: number[]; compute: number[]; backend: string }> {
  const deck = await openDeck(browser, `${base}?p=lecture5.md#${slide}`);
  try {
    await deck.page.waitForSelector(
      '.slide-current [data-widget="draw-digit"][data-state="ready"]',
      {
        timeout: 60_000,
      },
    );
    // Warm-up stroke: the first inference on a backend compiles/allocates.
    await withTimeout(deck.page.evaluate(TIME_DRAWING(1, 10)), 60_000, 'warm-up drawing');
    return (await withTimeout(deck.page.evaluate(TIME_DRAWING(4, 40)), 120_000, 'drawing')) as {
      latency: number[];
      compute: number[];
      backend: string;
    };
  } finally {
    await deck.close();
  }
}

/** All draw-digit / mnist-samples rows: `loads` cold and prefetched samples each. */
