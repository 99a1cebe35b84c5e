import { describe, expect, it } from 'vitest';
import { freePort, startVite } from '../../scripts/lib/viteServer.ts';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startVite', () => {
  it('serves the page it waited for on 127.0.0.1, and stop() ends exactly that process', {
    timeout: 60_000,
  }, async () => {
    const server = await startVite({
      mode: 'dev',
      config: 'tests/widgets/vite.config.ts',
      page: 'harness.html',
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/harness\.html$/);
      expect((await fetch(server.url)).ok).toBe(true);
      expect(alive(server.pid)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(alive(server.pid)).toBe(false);
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('rejects with Vite’s stderr when the server cannot start', { timeout: 60_000 }, async () => {
    await expect(startVite({ config: 'no/such/vite.config.ts' })).rejects.toThrow(
      /vite exited with 1[\s\S]*no\/such\/vite\.config\.ts/,
    );
  });
});

describe('freePort', () => {
  it('is a port nobody listens on yet', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
