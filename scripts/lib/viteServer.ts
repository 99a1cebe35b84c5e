// Runs Vite as a child process: `vite build`, and `vite` (dev) or `vite preview` on a free
// 127.0.0.1 port. The one place that starts and stops Vite servers for the tests, the
// benchmarks and `npm run pdf`.
//
// Gotcha: killing `npx vite …` by its PID leaves the server running (npx's child outlives it).
// So Vite is always spawned as `node node_modules/vite/bin/vite.js …` and stopped by the PID
// recorded here.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = 'node_modules/vite/bin/vite.js';

type Echo = NonNullable<ViteRunOptions['echo']>;

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface ViteRunOptions {
  /** The working directory: the project root by default. */
  readonly root?: string;
  /**
   * What of Vite's output to print here too: `none`, `stderr` or `all`. Its stderr is kept
   * for the error message either way.
   */
  readonly echo?: 'none' | 'stderr' | 'all';
}

export interface ViteServeOptions extends ViteRunOptions {
  /** `--config` file (relative to `root`); Vite's own lookup when absent. */
  readonly config?: string;
  /** `dev` runs `vite`; `preview` (default) serves an already built bundle. */
  readonly mode?: 'dev' | 'preview';
  /** The page polled until it answers, and the server's `url` (e.g. `harness.html`). */
  readonly page?: string;
  /** How long the server may take to answer (30 s by default). */
  readonly timeoutMs?: number;
}

export interface ViteServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

function spawnVite(args: readonly string[], options: ViteRunOptions, defaultEcho: Echo) {
  const echo = options.echo ?? defaultEcho;
  const child = spawn(process.execPath, [VITE, ...args], {
    cwd: options.root ?? ROOT,
    stdio: ['ignore', echo === 'all' ? 'inherit' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (echo !== 'none') process.stderr.write(chunk);
  });
  return { child, stderr: () => (stderr === '' ? '' : `\n${stderr}`) };
}

/**
 * `vite build --config <config>` (minified production bundle), resolved when it succeeds.
 * Prints Vite's stderr unless told otherwise.
 */
export function buildVite(config: string, options: ViteRunOptions = {}): Promise<void> {
  const { child, stderr } = spawnVite(['build', '--config', config], options, 'stderr');
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build exited with ${code}${stderr()}`)),
    );
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite did not answer at ${url} within ${timeoutMs} ms`);
}

/** Starts Vite on a free 127.0.0.1 port and waits until `page` answers. */
export async function startVite(options: ViteServeOptions = {}): Promise<ViteServer> {
  const port = await freePort();
  const { mode = 'preview', page = '', timeoutMs = 30_000 } = options;
  const { child, stderr } = spawnVite(
    [
      ...(mode === 'preview' ? ['preview'] : []),
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      ...(options.config === undefined ? [] : ['--config', options.config]),
    ],
    options,
    'none',
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start vite');
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}/${page}`;
  try {
    await waitForHttp(url, child, timeoutMs);
  } catch (error) {
    if (child.exitCode === null) process.kill(pid, 'SIGTERM');
    throw new Error(`${String(error)}${stderr()}`);
  }
  return {
    url,
    pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (child.exitCode === null) process.kill(pid, 'SIGKILL');
      }, 3000);
      timer.unref();
      await exited;
      clearTimeout(timer);
    },
  };
}
