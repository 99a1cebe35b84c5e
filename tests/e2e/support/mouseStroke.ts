// Real mouse input across an element: a straight stroke between two points given as
// fractions of the element's box.
import type { Locator, Page } from 'playwright-core';

type Fraction = readonly [x: number, y: number];

/** Presses at `from`, moves to `to` in `steps` mouse moves and releases (fractions of `target`). */
export async function mouseStroke(
  page: Page,
  target: Locator,
  from: Fraction,
  to: Fraction,
  steps: number,
): Promise<void> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('no box to draw on');
  const at = ([x, y]: Fraction) => [box.x + box.width * x, box.y + box.height * y] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps });
  await page.mouse.up();
}
