import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TUNING } from '../../scripts/figures/figs/catExperiment.ts';
import {
  computeHierarchy,
  type HierarchyData,
  hierarchySvg,
  MAPS_PER_LAYER,
  strongestMaps,
} from '../../scripts/figures/figs/hierarchy.ts';
import { NEOCOGNITRON } from '../../scripts/figures/figs/neocognitron.ts';
import { PEOPLE } from '../../scripts/figures/figs/portraits.ts';
import { createDigitSource } from '../../scripts/figures/lib/mnist.ts';
import { standInPath } from '../../src/render/missingFigurePath.ts';
import { useGeneratedFigures } from '../support/generatedFigures.ts';

const root = join(import.meta.dirname, '../..');
const lecture = readFileSync(join(root, 'slides/lecture5.md'), 'utf8');
/** The photographs lecture 5 references and the project cannot generate (docs: figures.md). */
const PHOTOS = [
  'figures/lec5/catH.png',
  'figures/lec5/Nobel_medal.jpg',
  'figures/lec5/DHubel.png',
  'figures/lec5/TWiesel.png',
  'figures/lec5/neocognitron.png',
  'figures/lec5/LeCun.png',
  'figures/lec5/Krizhevsky.png',
  'figures/lec5/cat.png',
];
const SLOW = 60_000;

describe("designed stand-ins for lecture 5's photographs", () => {
  const figures = useGeneratedFigures();
  const svgAt = (path: string): string => {
    const f = figures.find((x) => x.path === path);
    return typeof f?.content === 'string' ? f.content : '';
  };

  it('generates one for each photograph the lecture references, where the renderer looks', () => {
    for (const photo of PHOTOS) {
      expect(lecture, photo).toContain(photo);
      expect(svgAt(standInPath(photo)), photo).toMatch(/^<svg xmlns/);
    }
    const standIns = figures.filter((f) => f.path.includes('/stand-ins/'));
    expect(standIns.map((f) => f.path).sort()).toEqual(PHOTOS.map(standInPath).sort());
    // Small: drawn vectors, and the feature maps as tiny embedded PNGs.
    const bytes = standIns.reduce((s, f) => s + f.content.length, 0);
    expect(bytes).toBeLessThan(60 * 1024);
  });

  it('states about people only what the lecture says (names, years)', () => {
    for (const person of Object.values(PEOPLE)) {
      expect(lecture).toContain(person.name.split(' ').pop());
      if (person.latin) expect(lecture).toContain(person.latin);
      for (const year of person.lines.join(' ').match(/\b(19|20)\d\d\b/g) ?? []) {
        expect(lecture, `${person.name}: ${year}`).toContain(year);
      }
    }
    expect(lecture).toContain('Янном Лекуном');
    expect(lecture).toContain('AT&T Bell Laboratories');
    expect(lecture).toContain('Нобелівську премію з медицини в 1981');
    expect(svgAt('figures/lec5/stand-ins/DHubel.svg')).toContain('1959–1962');
    expect(lecture).toContain('1959-1962');
  });

  it('draws the neocognitron from its spec: input, then S and C layers alternating', () => {
    expect(NEOCOGNITRON.map((l) => l.kind).join('')).toBe('inputSCSCSC');
    const svg = svgAt('figures/lec5/stand-ins/neocognitron.svg');
    for (const l of NEOCOGNITRON.slice(1)) expect(svg).toContain(`>${l.name.slice(1)}</tspan>`);
  });

  it('draws the cat experiment with one preferred orientation', () => {
    const most = Math.max(...TUNING.map((t) => t.spikes));
    expect(TUNING.filter((t) => t.spikes === most)).toHaveLength(1);
    const svg = svgAt('figures/lec5/stand-ins/catH.svg');
    // Each row's spikes are drawn: one tick line per spike in every train.
    expect(svg).toContain(`>${TUNING[2]?.degrees}°: ${TUNING[2]?.spikes}</text>`);
  });
});

describe('the spatial-hierarchy stand-in: real feature maps of the pretrained convnet', () => {
  let data: HierarchyData;
  beforeAll(async () => {
    data = await computeHierarchy(createDigitSource());
  }, SLOW);

  it('runs a real digit through the three conv layers and predicts its label', () => {
    expect(data.layers.map((l) => [l.rows, l.cols, l.channels])).toEqual([
      [26, 26, 32],
      [11, 11, 64],
      [3, 3, 128],
    ]);
    expect(data.predicted).toBe(data.label);
    expect(data.probability).toBeGreaterThan(0.9);
  });

  it('shows, per layer, its most active maps (distinct, not empty)', () => {
    for (const layer of data.layers) {
      const maps = strongestMaps(layer, MAPS_PER_LAYER);
      expect(new Set(maps).size).toBe(MAPS_PER_LAYER);
      const total = (k: number) => {
        let s = 0;
        for (let p = 0; p < layer.rows * layer.cols; p++)
          s += layer.data[p * layer.channels + k] ?? 0;
        return s;
      };
      const totals = maps.map(total);
      expect(totals.every((t) => t > 0)).toBe(true);
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
      // Nothing left out is stronger than the weakest shown.
      for (let k = 0; k < layer.channels; k++) {
        if (!maps.includes(k)) expect(total(k)).toBeLessThanOrEqual(Math.min(...totals));
      }
    }
    const svg = hierarchySvg(data);
    expect((svg.match(/<image /g) ?? []).length).toBe(1 + 3 * MAPS_PER_LAYER);
    expect(svg).toContain(`>${data.predicted}</text>`);
  });
});

describe('npm run check', { timeout: 120_000 }, () => {
  it('still names every missing photograph, stand-in or not', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/check.ts'), 'lecture5.md'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    for (const photo of PHOTOS) expect(result.stdout).toContain(`Missing figure: ${photo}`);
  });
});
