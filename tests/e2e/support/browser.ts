// Debian's chromium through playwright-core; the launcher lives in scripts/lib/chromium.ts.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../../scripts/lib/chromium.ts';

export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  launchChromium,
  withTimeout,
} from '../../../scripts/lib/chromium.ts';

/**
 * Whether the browser tests can run. Without chromium they fail on CI (CI=true) and are
 * skipped elsewhere with a message saying why.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${CHROMIUM_PATH} not found — install it with: apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(`browser tests cannot run: ${message}`);
  console.warn(`Skipping browser tests: ${message}`);
  return false;
}
