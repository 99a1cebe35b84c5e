// Seeded random edits of a deck for the robustness test.

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRAY_LINES = [
  '---',
  '--',
  '???',
  '```',
  '~~~',
  '$$',
  '<!--',
  '-->',
  '<!-- break -->',
  '--- ',
];
const STRAY_TEXT = [
  '.a[',
  '.b.c[',
  ']',
  '[',
  '$',
  '$$',
  '\\(',
  '\\[',
  '`',
  '{{x}}',
  '![:nope]',
  '\\',
];

export function randomUnicode(random: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const cp = Math.floor(random() * 0x10ffff);
    s += cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
  }
  return s;
}

export function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let out = text;
  const steps = 1 + Math.floor(random() * 8);
  for (let i = 0; i < steps; i++) {
    const p = Math.floor(random() * (out.length + 1));
    const kind = Math.floor(random() * 7);
    if (kind === 0 || kind === 1) {
      // Delete (0) or duplicate (1) the next bracket, dollar, backtick or brace.
      const q = out.slice(p).search(/[[\]$`{}()]/);
      if (q < 0) continue;
      const at = p + q;
      out =
        kind === 0 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at + 1) + out.slice(at);
    } else if (kind === 2) {
      out = `${out.slice(0, p)}\n${pick(STRAY_LINES)}\n${out.slice(p)}`;
    } else if (kind === 3) {
      out = out.slice(0, p) + pick(STRAY_TEXT) + out.slice(p);
    } else if (kind === 4) {
      out = out.slice(0, p) + randomUnicode(random, 1 + Math.floor(random() * 40)) + out.slice(p);
    } else if (kind === 5) {
      out = out.slice(0, p) + out.slice(p + Math.floor(random() * 300));
    } else {
      // Swap two chunks of lines.
      const lines = out.split('\n');
      const a = Math.floor(random() * lines.length);
      const b = Math.floor(random() * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      out = lines.join('\n');
    }
  }
  return out;
}
