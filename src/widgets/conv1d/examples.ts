import type { SequenceExample } from '../shared/sequenceInput.ts';

/** The lecture's two 1D examples (slide "Взаємна кореляція може реалізовувати …"). */
export const EXAMPLES_1D: readonly SequenceExample[] = Object.freeze([
  {
    id: '1',
    label: 'Диференціювання: (0,0,0,0,1,2,3,4,4,4,4) ⊛ (−1,1)',
    x: [0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4],
    u: [-1, 1],
  },
  {
    id: '2',
    label: 'Пошук шаблону: (0,0,3,0,0,0,0,0,3,0,3,0,0,0) ⊛ (1,0,1)',
    x: [0, 0, 3, 0, 0, 0, 0, 0, 3, 0, 3, 0, 0, 0],
    u: [1, 0, 1],
  },
]);
