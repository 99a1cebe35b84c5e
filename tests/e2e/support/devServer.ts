// A Vite dev server (in this process) over a scratch copy of fixture decks, for HMR tests.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { deckPlugin } from '../../../src/build/deckPlugin.ts';
import { freePort } from './server.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface DevServer {
  readonly url: string;
  /** The scratch slides folder the server watches. */
  readonly slidesDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the server over a scratch slides folder holding `fixtures`: names in
 * tests/e2e/fixtures/, or `[deck name, path from the repository root]` pairs for decks kept
 * elsewhere. They are in place before the server starts (no "add" event reloads a page later).
 */
export async function startDevServer(
  fixtures: readonly (string | readonly [name: string, path: string])[],
): Promise<DevServer> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const slidesDir = mkdtempSync(join(ROOT, 'tmp', 'e2e-slides-'));
  for (const fixture of fixtures) {
    const [name, path] =
      typeof fixture === 'string' ? [fixture, join('tests/e2e/fixtures', fixture)] : fixture;
    cpSync(join(ROOT, path), join(slidesDir, name));
  }
  const port = await freePort();
  const server: ViteDevServer = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: [deckPlugin({ slidesDir })],
    server: { host: '127.0.0.1', port, strictPort: true },
  });
  await server.listen();
  return {
    url: `http://127.0.0.1:${port}/`,
    slidesDir,
    async stop() {
      await server.close();
      rmSync(slidesDir, { recursive: true, force: true });
    },
  };
}
