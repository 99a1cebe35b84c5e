/** Inputs for which the flip is easy to see (an impulse shows the kernel itself). */
export interface FlipExample {
  readonly id: string;
  readonly label: string;
  readonly x: readonly number[];
  readonly u: readonly number[];
}

export const FLIP_EXAMPLES: readonly FlipExample[] = Object.freeze([
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
