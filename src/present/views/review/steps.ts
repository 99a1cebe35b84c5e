import type { RenderedSlide, SlideIndex } from '../../../model/index.ts';

/**
 * One entry of a view that lays out the whole deck (review, print): a `--` group shown
 * once, at its last step, which holds everything the earlier steps revealed.
 */
export interface StepGroup {
  /** The slide shown: the last step of the group. */
  readonly slide: RenderedSlide;
  /** Positions of every step in the group, first to last (one entry for a plain slide). */
  readonly steps: readonly SlideIndex[];
  /** The notes of all steps, each distinct text once, in order. */
  readonly notesHtml: string;
  /** `count: false` (e.g. a section divider): it shares the number of the slide before it. */
  readonly unnumbered: boolean;
}

/**
 * Groups the shown slides into `--` groups: a slide made by a `--` line continues the
 * group of the slide before it.
 */
export function groupSteps(slides: readonly RenderedSlide[]): StepGroup[] {
  const groups: RenderedSlide[][] = [];
  for (const slide of slides) {
    const last = groups[groups.length - 1];
    if (slide.incremental && last !== undefined) last.push(slide);
    else groups.push([slide]);
  }
  return groups.map((steps) => {
    const first = steps[0] as RenderedSlide;
    const before = slides[first.index - 1];
    const notes = [...new Set(steps.map((s) => s.notesHtml).filter((n) => n.trim() !== ''))];
    return {
      slide: steps[steps.length - 1] as RenderedSlide,
      steps: steps.map((s) => s.index),
      notesHtml: notes.join('\n'),
      unnumbered: before !== undefined && before.number === first.number,
    };
  });
}

/**
 * The pages of a handout: `--` steps collapse to their last step, and unnumbered slides
 * (`count: false`: section dividers, the closing slide) are left out.
 */
export function handoutGroups(slides: readonly RenderedSlide[]): StepGroup[] {
  return groupSteps(slides).filter((group) => !group.unnumbered);
}

/** The group that holds the slide at `index` (the nearest one before it when none does). */
export function groupOf(groups: readonly StepGroup[], index: number): number {
  let found = 0;
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i] as StepGroup;
    if ((group.steps[0] as number) > index) break;
    found = i;
  }
  return found;
}
