import type { SequenceExample } from '../shared/sequenceInput.ts';

/** Inputs for which the flip is easy to see (an impulse shows the kernel itself). */
export const FLIP_EXAMPLES: readonly SequenceExample[] = Object.freeze([
  {
    id: 'impulse',
    label: 'Імпульс і ядро (1, 2, 3)',
    x: [0, 0, 0, 1, 0, 0, 0, 0, 0],
    u: [1, 2, 3],
  },
  {
    id: 'ramp',
    label: 'Сходинка і ядро (−1, 1)',
    x: [0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4],
    u: [-1, 1],
  },
  {
    id: 'pattern',
    label: 'Симетричне ядро (1, 0, 1)',
    x: [0, 0, 3, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0],
    u: [1, 0, 1],
  },
]);
