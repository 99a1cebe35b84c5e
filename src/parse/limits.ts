/**
 * Limits that keep parsing (and the rendering that follows) bounded on hostile decks. A few
 * hundred bytes of templates or `--` steps can otherwise expand exponentially (each level
 * doubles `{{content}}`), or quadratically (each `--` step copies all earlier steps).
 * Real decks stay far below them: lecture 5 (85 slides, 79 KB) builds no slide on another
 * and has 141 content classes, at most 9 on a slide, nested at most 3 deep; a deck of real
 * shape but heavy (95 KB: a layout with a footer, 120 slides, 40 of them in five `--`
 * steps) takes 197 KB and 2,160 lines in all, at most 1.3 KB on one slide.
 *
 * What a slide "takes" is the text composition copies into it (the text of the slide it
 * builds on through `--`, `template:` or a layout, plus every extra copy of its own text
 * at a second `{{content}}`), the values that `{{variables}}` insert, and the properties
 * it inherits. Rendering costs roughly 2–7 µs per character of slide text, so the deck
 * budget keeps what expansion adds to a deck to a few seconds of rendering at most.
 */

/** Characters one slide may take from the slides it builds on (and from variables). */
export const MAX_SLIDE_TAKEN = 256 * 1024;
/** Lines one slide may take from the slides it builds on. */
export const MAX_SLIDE_TAKEN_LINES = 10_000;
/** Characters all slides of a deck may take together. */
export const MAX_DECK_TAKEN = 1024 * 1024;
/** Lines all slides of a deck may take together (blank lines cost as much to render). */
export const MAX_DECK_TAKEN_LINES = 100_000;

/** Content classes nested deeper than this are shown as plain text. */
export const MAX_CLASS_DEPTH = 16;
/** Content classes per slide (content and notes); later ones are shown as plain text. */
export const MAX_SLIDE_CLASSES = 500;
/** Content classes per deck (each one is rendered as a markdown fragment of its own). */
export const MAX_DECK_CLASSES = 5_000;
