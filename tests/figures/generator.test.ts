import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allFigures } from '../../scripts/figures/allFigures.ts';
import { encodePng } from '../../scripts/figures/lib/png.ts';

const hash = (c: string | Uint8Array) => createHash('sha256').update(c).digest('hex');

describe('figure generator', () => {
  const first = allFigures();

  it('produces byte-identical files on a second run', () => {
    const second = allFigures();
    expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
    expect(second.map((f) => hash(f.content))).toEqual(first.map((f) => hash(f.content)));
  });

  it('matches the committed figures (run `npm run figures` after changing the generator)', () => {
    for (const f of first) {
      const onDisk = readFileSync(new URL(`../../${f.path}`, import.meta.url));
      expect(hash(onDisk), f.path).toBe(hash(f.content));
    }
  });

  it('writes well-formed SVG with a title and keeps figures small', () => {
    let total = 0;
    for (const f of first) {
      const text = typeof f.content === 'string' ? f.content : '';
      if (f.path.endsWith('.svg')) {
        expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), f.path).toBe(true);
        expect(text).toMatch(/<title>[^<]+<\/title>/);
        expect(text.trimEnd().endsWith('</svg>'), f.path).toBe(true);
        expect(text).not.toMatch(/NaN|undefined|Infinity/);
      }
      total += typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.length;
    }
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });

  it('generates every figure the slides reference as generated', () => {
    const paths = new Set(first.map((f) => f.path));
    for (const p of [
      'figures/lec5/conv-op1.svg',
      'figures/lec5/conv-op2.svg',
      'figures/lec5/cross-correlation.svg',
    ])
      expect(paths.has(p), p).toBe(true);
  });
});

describe('encodePng', () => {
  it('encodes rows with filter bytes and a valid zlib stream', () => {
    const png = encodePng(2, 2, Uint8Array.from([0, 255, 128, 64]), 1);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const idatLen = png.readUInt32BE(33);
    expect(png.toString('ascii', 37, 41)).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLen));
    expect([...raw]).toEqual([0, 0, 255, 0, 128, 64]);
  });
});
