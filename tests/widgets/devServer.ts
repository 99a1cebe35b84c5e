// Starts `vite` (dev) on a free 127.0.0.1 port for the widget harness page; stops it by PID.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../e2e/support/server.ts';

export interface DevServer {
  readonly url: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

export async function startDevServer(): Promise<DevServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start vite');
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite exited with ${child.exitCode}\n${stderr}`);
    try {
      if ((await fetch(`${url}tests/widgets/harness.html`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGTERM');
      throw new Error(`vite did not answer within 30 s\n${stderr}`);
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
