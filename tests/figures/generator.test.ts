import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFigures } from '../../scripts/figures/allFigures.ts';
import type { FigureFile } from '../../scripts/figures/lib/figure.ts';
import { encodePng } from '../../scripts/figures/lib/png.ts';

const hash = (c: string | Uint8Array) => createHash('sha256').update(c).digest('hex');

// Generation is not a speed target; on a loaded 2-core machine one run can take seconds.
const SLOW = 60_000;

describe('figure generator', () => {
  let first: FigureFile[] = [];
  beforeAll(() => {
    first = allFigures();
  }, SLOW);

  it(
    'produces byte-identical files on a second run',
    () => {
      const second = allFigures();
      expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
      expect(second.map((f) => hash(f.content))).toEqual(first.map((f) => hash(f.content)));
    },
    SLOW,
  );

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

  it('generates every .svg figure the slides reference', () => {
    const paths = new Set(first.map((f) => f.path));
    const slides = readFileSync(new URL('../../slides/lecture5.md', import.meta.url), 'utf8');
    const referenced = new Set(slides.match(/figures\/lec[0-9]+\/[\w.-]+\.svg/g) ?? []);
    expect(referenced.size).toBeGreaterThan(30);
    for (const p of referenced) expect(paths.has(p), p).toBe(true);
    for (const p of ['figures/lec5/conv-op1.svg', 'figures/lec5/cross-correlation.svg'])
      expect(referenced.has(p), p).toBe(true);
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
