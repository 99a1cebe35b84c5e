import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMlRuntime } from '../../../src/widgets/shared/mlRuntime.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the ML runtime’s data', () => {
  it('does not keep a failed load: the next run retries (offline, then online)', async () => {
    let online = false;
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      if (!online) throw new TypeError('Failed to fetch');
      // Only the embedded set is served here: the full one answers 404.
      if (!url.includes('mnist-default')) return new Response('missing', { status: 404 });
      return new Response(readFileSync(join('public', url)));
    });
    const runtime = createMlRuntime('/');
    await expect(runtime.data()).rejects.toThrow(/Failed to fetch/);
    online = true;
    const seen: number[] = [];
    runtime.onDataProgress((p) => seen.push(p.digits));
    const data = await runtime.data();
    expect(data.descriptor.id).toBe('default');
    expect(data.descriptor.fallback).toMatch(/^повний набір не завантажився/);
    expect(seen.at(-1)).toBe(10000);
    expect(urls.filter((u) => u.endsWith('mnist-default.json')).length).toBe(2);
    // Once loaded, the same promise serves every later caller.
    expect(runtime.data()).toBe(runtime.data());
    runtime.dispose();
  });
});
