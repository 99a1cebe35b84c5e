import {
  MAX_DECK_TAKEN,
  MAX_DECK_TAKEN_LINES,
  MAX_SLIDE_TAKEN,
  MAX_SLIDE_TAKEN_LINES,
} from './limits.ts';
import type { Piece } from './piece.ts';
import { contentSlots } from './piece.ts';
import type { Chunk, DeckWarning } from './splitDeck.ts';

/** What composing one slide copies: characters and lines (see src/parse/limits.ts). */
export interface Taken {
  readonly chars: number;
  readonly lines: number;
}

type Cause = 'slide' | 'deck';

/**
 * Keeps count of what the slides of one deck take from the slides they build on, decides
 * which slides are too large and words the errors. One per composeSlides call.
 */
export interface ExpansionBudget {
  /** The `{{content}}` placeholders of a composed piece (computed once per piece). */
  slotsOf(piece: Piece): { readonly count: number; readonly length: number };
  /** Characters of a properties object (keys and values; computed once per object). */
  sizeOf(properties: Readonly<Record<string, string>>): number;
  /** Whether slide `ci` may take `taken`; when not, the slide is recorded as too large. */
  allows(taken: Taken, ci: number): boolean;
  /** Characters still free for variables after `taken` (on this slide and in the deck). */
  room(taken: Taken): number;
  /** Records that slide `ci`'s variables needed more than `room(taken)` (before `take`). */
  overflow(taken: Taken, ci: number): void;
  take(taken: Taken): void;
  /** The text shown instead of slide `ci` (too large itself, or built on `base` which is). */
  failure(ci: number, base: number | undefined): string;
  /** One error per cause, after all slides are composed. */
  errors(slides: readonly { readonly chunk: Chunk }[]): DeckWarning[];
}

const kb = (chars: number): string =>
  chars >= 1024 * 1024 ? `${Math.round(chars / 1024 / 1024)} MB` : `${Math.round(chars / 1024)} KB`;
const count = (n: number): string => n.toLocaleString('en-US');

const SLIDE_LIMIT = `${kb(MAX_SLIDE_TAKEN)} or ${count(MAX_SLIDE_TAKEN_LINES)} lines`;
const DECK_LIMIT = `${kb(MAX_DECK_TAKEN)} or ${count(MAX_DECK_TAKEN_LINES)} lines`;

export function createExpansionBudget(): ExpansionBudget {
  const slots = new WeakMap<Piece, { count: number; length: number }>();
  const sizes = new WeakMap<object, number>();
  let chars = 0;
  let lines = 0;
  /** Slide → cause of its failure, for the slides that fail on their own. */
  const causes = new Map<number, Cause>();
  /** Slide → the failing slide it (indirectly) builds on. */
  const rootOf = new Map<number, number>();

  const slideRoom = (t: Taken) => MAX_SLIDE_TAKEN - t.chars;
  const deckRoom = (t: Taken) => MAX_DECK_TAKEN - chars - t.chars;

  return {
    slotsOf(piece) {
      let s = slots.get(piece);
      if (s === undefined) {
        s = contentSlots(piece.text);
        slots.set(piece, s);
      }
      return s;
    },
    sizeOf(properties) {
      let n = sizes.get(properties);
      if (n === undefined) {
        n = 0;
        for (const [k, v] of Object.entries(properties)) n += k.length + v.length;
        sizes.set(properties, n);
      }
      return n;
    },
    allows(taken, ci) {
      if (taken.chars > MAX_SLIDE_TAKEN || taken.lines > MAX_SLIDE_TAKEN_LINES) {
        causes.set(ci, 'slide');
      } else if (deckRoom(taken) < 0 || lines + taken.lines > MAX_DECK_TAKEN_LINES) {
        causes.set(ci, 'deck');
      } else {
        return true;
      }
      return false;
    },
    room: (taken) => Math.min(slideRoom(taken), deckRoom(taken)),
    overflow(taken, ci) {
      causes.set(ci, slideRoom(taken) <= deckRoom(taken) ? 'slide' : 'deck');
    },
    take(taken) {
      chars += taken.chars;
      lines += taken.lines;
    },
    failure(ci, base) {
      const root = base !== undefined && !causes.has(ci) ? rootOf.get(base) : undefined;
      if (root !== undefined) {
        rootOf.set(ci, root);
        return 'This slide is not shown: it builds on a slide that is too large.';
      }
      rootOf.set(ci, ci);
      return causes.get(ci) === 'deck'
        ? `This slide is not shown: the slides of this deck take more than ${DECK_LIMIT} from the slides they build on and from {{variables}}.`
        : `This slide is not shown: it takes more than ${SLIDE_LIMIT} from the slides it builds on (--, template:, layout) and from {{variables}}.`;
    },
    errors(slides) {
      const out: DeckWarning[] = [];
      const followers = new Map<number, number>();
      let firstDeck: number | undefined;
      let deckSlides = 0;
      for (const [ci, root] of rootOf) {
        if (causes.get(root) === 'deck') {
          firstDeck ??= root;
          deckSlides++;
        } else if (ci !== root) {
          followers.set(root, (followers.get(root) ?? 0) + 1);
        }
      }
      for (const [ci, cause] of causes) {
        if (cause !== 'slide') continue;
        const n = followers.get(ci) ?? 0;
        const more =
          n === 0
            ? ''
            : ` ${n} slide${n === 1 ? '' : 's'} built on it ${n === 1 ? 'is' : 'are'} not shown either.`;
        out.push({
          rule: 'slide-too-large',
          line: firstLine(slides[ci]!.chunk),
          message: `This slide takes more than ${SLIDE_LIMIT} from the slides it builds on (--, template:, layout) and from {{variables}}; it is not shown.${more}`,
        });
      }
      if (firstDeck !== undefined) {
        out.push({
          rule: 'deck-too-large',
          line: firstLine(slides[firstDeck]!.chunk),
          message: `The slides of this deck take more than ${DECK_LIMIT} from the slides they build on (--, template:, layout) and from {{variables}}; from this slide on, ${deckSlides} slide${deckSlides === 1 ? ' is' : 's are'} not shown.`,
        });
      }
      return out;
    },
  };
}

/** The slide's first line (its separator line when it has no lines of its own). */
function firstLine(chunk: Chunk): number {
  return chunk.start < chunk.end ? chunk.start : Math.max(0, chunk.start - 1);
}
