// Builds the widget harness (production bundle) and serves it with `vite preview` on a free
// 127.0.0.1 port; stops the server by the PID it recorded.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../e2e/support/server.ts';

export interface HarnessServer {
  /** URL of the harness page. */
  readonly url: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = 'tests/widgets/vite.config.ts';

function run(args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite ${args[0]} exited with ${code}\n${stderr}`)),
    );
  });
}

export async function startHarness(): Promise<HarnessServer> {
  await run(['build', '--config', CONFIG]);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      CONFIG,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start vite preview');
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}/harness.html`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited\n${stderr}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGTERM');
      throw new Error(`vite preview did not answer within 30 s\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
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
