import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mnistFullDefine } from '../../src/build/mnistFullDefine.ts';

describe('mnistFullDefine', () => {
  const dirs: string[] = [];
  const scratch = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'mnist-define-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is false when the project has no full MNIST asset', () => {
    expect(mnistFullDefine(scratch())).toEqual({ __MNIST_FULL__: 'false' });
  });

  it('is true once public/data/mnist-full.json exists', () => {
    const root = scratch();
    mkdirSync(join(root, 'public/data'), { recursive: true });
    writeFileSync(join(root, 'public/data/mnist-full.json'), '{}');
    expect(mnistFullDefine(root)).toEqual({ __MNIST_FULL__: 'true' });
  });
});
