import type { Navigator } from '../../navigator.ts';
import { groupOf, type StepGroup } from './steps.ts';

/**
 * Moves between the entries of the review column: a `--` group is one entry, reached at
 * its last step. Wraps the presentation's navigator so the store stays the only state.
 */
export function createReviewNavigator(
  navigator: Navigator,
  groups: () => readonly StepGroup[],
): Navigator {
  const toGroup = (g: number): void => {
    const list = groups();
    const group = list[Math.max(0, Math.min(list.length - 1, g))];
    if (group !== undefined) navigator.goTo(group.slide.index);
  };
  const current = (): number => groupOf(groups(), navigator.index);
  return {
    get count() {
      return navigator.count;
    },
    get index() {
      return navigator.index;
    },
    goTo: (index) => toGroup(groupOf(groups(), index)),
    next: () => toGroup(current() + 1),
    previous: () => toGroup(current() - 1),
    first: () => toGroup(0),
    last: () => toGroup(groups().length - 1),
  };
}
