// bench:deck — switching into presenter mode: from the `p` key to the presenter view painted.
import type { Page } from 'playwright-core';
import { withTimeout } from '../../tests/e2e/support/browser.ts';

export interface PresenterSwitch {
  /** The first switch of the page: includes loading the presenter view's code. */
  readonly firstMs: number;
  /** Later switches (the code is loaded), one per entry. */
  readonly warmMs: readonly number[];
}

/**
 * `p` is dispatched, a MutationObserver sees `.presenter` arrive (the view may be imported on
 * first use), then the time is taken once the next frame has been painted (a message posted
 * from requestAnimationFrame runs after that frame's paint). `p` again goes back; the next
 * switch waits a moment. A string, because tsx would inject helpers into a function.
 */
const TIME_SWITCHES = (count: number): string => `(async () => {
  const app = document.getElementById('app') ?? document.body;
  const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
  const until = (present) => new Promise((resolve) => {
    const done = () => (document.querySelector('.presenter') !== null) === present;
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(app, { childList: true, subtree: true });
  });
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const times = [];
  for (let i = 0; i < ${count}; i += 1) {
    await pause(300);
    await painted();
    const start = performance.now();
    press();
    await until(true);
    await painted();
    times.push(performance.now() - start);
    press();
    await until(false);
  }
  return times;
})()`;

/** Opens presenter mode `count` times from the current slide; `count` ≥ 2. */
export async function timePresenterSwitch(page: Page, count = 6): Promise<PresenterSwitch> {
  const times = await withTimeout(
    page.evaluate(TIME_SWITCHES(count)) as Promise<number[]>,
    60_000,
    'timing the switch to presenter mode',
  );
  const [firstMs = Number.NaN, ...warmMs] = times;
  return { firstMs, warmMs };
}
