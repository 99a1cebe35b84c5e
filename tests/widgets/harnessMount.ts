// Drives the widget harness page (harness.ts) from a browser test: mount one widget through
// the real registry, dispose it, read the live tfjs tensor count.
import type { Page } from 'playwright-core';
import { withTimeout } from '../e2e/support/browser.ts';

interface HarnessWindow {
  __widgets: { mount(name: string, params: object): Promise<{ dispose(): void }> };
  __mounted?: { dispose(): void };
  __tfTensors: () => Promise<number>;
}

/** Mounts `name` with `params` in the harness's slide box (replacing what was there). */
export function mountInHarness(
  page: Page,
  name: string,
  params: Readonly<Record<string, string>>,
): Promise<void> {
  return withTimeout(
    page.evaluate(
      async ([n, p]) => {
        const w = window as unknown as HarnessWindow;
        w.__mounted = await w.__widgets.mount(n, p);
      },
      [name, params] as const,
    ),
    30_000,
    `mounting ${name}`,
  );
}

/** Disposes the widget mounted last. */
export function disposeInHarness(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as HarnessWindow).__mounted?.dispose());
}

/** tfjs's live tensor count on the harness page (loads tfjs if no widget did). */
export function harnessTensors(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as HarnessWindow).__tfTensors());
}
