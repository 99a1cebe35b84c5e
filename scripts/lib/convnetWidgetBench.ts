// The feature-maps widget's inference time for `npm run bench:live`: one test digit through
// the pretrained convnet (all three conv layers' maps and the prediction, read back), as the
// widget records it in `data-inference-ms` each time "Інша цифра" shows another digit.
import type { Browser } from 'playwright-core';
import { withTimeout } from '../../tests/e2e/support/browser.ts';
import type { BenchRow } from './liveWidgetBench.ts';

const DIGITS = 20;

export async function benchConvnetWidgets(browser: Browser, base: string): Promise<BenchRow[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 960 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}?p=lecture5.md#feature-maps`);
    await withTimeout(
      page.evaluate(() => window.__deckReady),
      30_000,
      'waiting for the deck',
    );
    const root = page.locator('.slide-current [data-widget="feature-maps"]');
    await page.waitForSelector('.slide-current [data-widget="feature-maps"][data-ready]', {
      timeout: 120_000,
    });
    const first = Number(await root.getAttribute('data-inference-ms'));
    const backend = (await root.locator('.cw-caption').last().textContent())?.match(
      /\((\w+)\)\.$/,
    )?.[1];
    const samples: number[] = [];
    for (let i = 0; i < DIGITS; i++) {
      const before = await root.locator('[data-control="digit"]').inputValue();
      await root.locator('[data-action="other-digit"]').click();
      for (let t = 0; ; t++) {
        const now = await root.locator('[data-control="digit"]').inputValue();
        const caption = (await root.locator('.cw-caption').last().textContent()) ?? '';
        if (now !== before && caption.includes(`№ ${now};`)) break;
        if (t > 200) throw new Error('feature maps did not update');
        await page.waitForTimeout(10);
      }
      samples.push(Number(await root.getAttribute('data-inference-ms')));
    }
    return [
      {
        metric: 'feature maps: one digit, warm',
        samples,
        unit: 'ms',
        target: 50,
        on: 'p95',
        note: `${backend ?? '?'}; 3 conv layers + prediction, read back`,
      },
      {
        metric: 'feature maps: first digit, cold',
        samples: [first],
        unit: 'ms',
        target: 1000,
        on: 'median',
        note: 'first inference after the model loads (kernel setup)',
      },
    ];
  } finally {
    await context.close();
  }
}
