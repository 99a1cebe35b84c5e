// Builds the widget harness (production bundle) and serves it with `vite preview` on a free
// 127.0.0.1 port; stops the server by the PID it recorded (scripts/lib/viteServer.ts).
import { buildVite, startVite } from '../../scripts/lib/viteServer.ts';

export interface HarnessServer {
  /** URL of the harness page. */
  readonly url: string;
  stop(): Promise<void>;
}

const CONFIG = 'tests/widgets/vite.config.ts';

export async function startHarness(): Promise<HarnessServer> {
  await buildVite(CONFIG, { echo: 'none' });
  return startVite({ config: CONFIG, page: 'harness.html' });
}
