import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/index.ts';
import { renderDeck } from '../../src/render/index.ts';
import { cpuNowMs } from '../support/cpuTime.ts';
import {
  bareSteps,
  layoutBomb,
  longLineSteps,
  nestedClasses,
  propertyChain,
  siblingClasses,
  stepDoublings,
  templateDoublings,
  variableBomb,
} from './hostileSources.ts';
import { prng } from './mutateDeck.ts';

// Seeded fuzz of hostile decks (the "done when" of the hostile-input issue): template and
// `--` doublings, long `--` chains, deep and many content classes, long lines, variable and
// layout bombs, alone or mixed. Every deck must parse and render with no exception (none
// thrown, none caught as parse-failed/render-failed), in seconds, with bounded heap growth.
// FUZZ_VERBOSE=1 prints each deck's kinds, size and time.
const DECKS = 30;
const SEED = 20_240_601;
/** Per deck, parse + render (generous: the test files run two at a time on two cores). */
const MAX_MS = 8000;
const MAX_HEAP_GROWTH = 400 * 1024 * 1024;

type Random = () => number;
const int = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const KINDS: readonly ((random: Random) => string)[] = [
  (r) => templateDoublings(int(r, 12, 30), int(r, 2, 3)),
  (r) => stepDoublings(int(r, 12, 30), int(r, 2, 3)),
  (r) => bareSteps(int(r, 200, 3000)),
  (r) => longLineSteps(int(r, 10_000, 1_000_000), int(r, 10, 2000), r() < 0.5 ? 'a' : '$'),
  (r) => nestedClasses(int(r, 100, 5000), r() < 0.5, r() < 0.8),
  (r) => siblingClasses(int(r, 100, 2000), r() < 0.5),
  (r) => variableBomb(int(r, 100, 100_000), int(r, 10, 5000)),
  (r) => layoutBomb(int(r, 1000, 200_000), int(r, 10, 200)),
  (r) => propertyChain(int(r, 100, 2000), int(r, 1, 500)),
];

/** One to three hostile parts, as separate slides or glued into one. */
function hostileDeck(random: Random): { kinds: number[]; source: string } {
  const parts = int(random, 1, 3);
  const kinds = Array.from({ length: parts }, () => int(random, 0, KINDS.length - 1));
  const glue = random() < 0.7 ? '\n---\n' : '\n';
  return { kinds, source: kinds.map((k) => KINDS[k]!(random)).join(glue) };
}

describe('hostile deck fuzz', () => {
  it(`parses and renders ${DECKS} seeded hostile decks in seconds each`, () => {
    renderDeck(parseDeck('# warm-up $x$'), { id: 'warm-up.md' });
    const random = prng(SEED);
    const heapBefore = process.memoryUsage().heapUsed;
    let exceptions = 0;
    let maxMs = 0;
    let maxHeap = 0;
    let bytes = 0;
    const problems: string[] = [];
    for (let n = 0; n < DECKS; n++) {
      const { kinds, source } = hostileDeck(random);
      bytes += source.length;
      const start = cpuNowMs();
      try {
        const rendered = renderDeck(parseDeck(source), { id: `fuzz-${n}.md` });
        const failed = rendered.messages.filter(
          (m) => m.rule === 'parse-failed' || m.rule === 'render-failed',
        );
        if (failed.length > 0) {
          exceptions++;
          problems.push(`deck ${n} (kinds ${kinds}): ${failed[0]!.message}`);
        }
      } catch (error) {
        exceptions++;
        problems.push(`deck ${n} (kinds ${kinds}) threw: ${String(error)}`);
      }
      const ms = cpuNowMs() - start;
      maxMs = Math.max(maxMs, ms);
      maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed - heapBefore);
      if (process.env.FUZZ_VERBOSE) console.log(n, kinds, source.length, Math.round(ms));
      if (ms > MAX_MS) problems.push(`deck ${n} (kinds ${kinds}) took ${Math.round(ms)} ms`);
    }
    console.log(
      `hostile decks: ${DECKS} fuzzed (${(bytes / 1e6).toFixed(1)} MB of source), ` +
        `${exceptions} exceptions, max ${Math.round(maxMs)} ms per deck, ` +
        `max heap growth ${Math.round(maxHeap / 1024 / 1024)} MB`,
    );
    expect(problems).toEqual([]);
    expect(maxHeap).toBeLessThan(MAX_HEAP_GROWTH);
  }, 120_000);
});
