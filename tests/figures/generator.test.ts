import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allFigures } from '../../scripts/figures/allFigures.ts';
import { inkGray } from '../../scripts/figures/lib/draw.ts';
import { encodePng } from '../../scripts/figures/lib/png.ts';
import { GENERATION_TIMEOUT_MS, useGeneratedFigures } from '../support/generatedFigures.ts';

const hash = (c: string | Uint8Array) => createHash('sha256').update(c).digest('hex');

describe('figure generator', () => {
  const first = useGeneratedFigures();

  it(
    'produces byte-identical files on a second run',
    async () => {
      const second = await allFigures();
      expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
      expect(second.map((f) => hash(f.content))).toEqual(first.map((f) => hash(f.content)));
    },
    GENERATION_TIMEOUT_MS,
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
        // (Embedded PNGs are base64: any three letters may occur in them.)
        expect(text.replace(/"data:[^"]*"/g, '')).not.toMatch(/NaN|undefined|Infinity/);
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

/** The grey bytes of a 1-channel PNG made by encodePng (one IDAT, filter byte 0 per row). */
function grayPixels(png: Buffer, width: number): number[] {
  const idatLen = png.readUInt32BE(33);
  const raw = inflateSync(png.subarray(41, 41 + idatLen));
  return [...raw].filter((_, i) => i % (width + 1) !== 0);
}

describe('pixel-values figure', () => {
  const svg = async (): Promise<string> => {
    const f = (await allFigures()).find((x) => x.path === 'figures/lec5/pixel-values.svg');
    return typeof f?.content === 'string' ? f.content : '';
  };

  it('prints in each of the 784 cells the value whose shade it draws, in few elements', async () => {
    const content = await svg();
    // A browser parses and paints this on the slide: no element per cell.
    expect((content.match(/<(rect|text|path|image|line)\b/g) ?? []).length).toBeLessThan(120);
    const grid = content.match(
      /<image x="330" y="20" width="588" height="588" href="data:image\/png;base64,([^"]+)"/,
    );
    expect(grid).not.toBeNull();
    const shades = grayPixels(Buffer.from(grid?.[1] ?? '', 'base64'), 28);
    expect(shades).toHaveLength(784);
    // Each character sits on its own x; the cell is the one whose column holds that x.
    const cells: string[] = Array.from({ length: 784 }, () => '');
    for (const m of content.matchAll(
      /<text x="([\d. ]+)" y="([\d.]+)" font-size="8.6"[^>]*>(\d+)<\/text>/g,
    )) {
      const xs = (m[1] ?? '').split(' ').map(Number);
      const row = Math.floor((Number(m[2]) - 20) / 21);
      const chars = m[3] ?? '';
      expect(xs).toHaveLength(chars.length);
      xs.forEach((x, i) => {
        const cell = row * 28 + Math.floor((x - 330) / 21);
        cells[cell] = `${cells[cell] ?? ''}${chars[i] ?? ''}`;
      });
    }
    const values = cells.map(Number);
    expect(cells.every((c) => /^\d{1,3}$/.test(c))).toBe(true);
    expect(values.map((v) => inkGray(v))).toEqual(shades);
    expect(values.filter((v) => v > 0).length).toBeGreaterThan(100);
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
