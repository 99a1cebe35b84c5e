import type { ScanEvent } from './scanEvents.ts';

/**
 * Pairs brackets like a stack (rule 14: nested brackets are counted). Returns, per event
 * index, the index of its partner (`open`/`lb` → `rb` and back), or -1 when unmatched.
 */
export function matchBrackets(events: readonly ScanEvent[]): Int32Array {
  const partner = new Int32Array(events.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const k = events[i]!.k;
    if (k === 'open' || k === 'lb') {
      stack.push(i);
    } else if (k === 'rb') {
      const j = stack.pop();
      if (j !== undefined) {
        partner[i] = j;
        partner[j] = i;
      }
    }
  }
  return partner;
}

/** Whether event `i` is a `]` that closes a content class. */
export function closesClass(events: readonly ScanEvent[], partner: Int32Array, i: number): boolean {
  const j = partner[i]!;
  return events[i]!.k === 'rb' && j >= 0 && events[j]!.k === 'open';
}
