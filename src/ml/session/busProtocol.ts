import * as v from 'valibot';
import { Finite, Positive } from '../data/guards.ts';
import {
  CellIdSchema,
  CellSnapshotSchema,
  SessionInfoSchema,
  SessionSnapshotSchema,
} from './schemas.ts';
import type { CellSnapshot, SessionInfo, SessionSnapshot } from './types.ts';

/** The bus topic of the live session (see WidgetBus in src/model). */
export const SESSION_TOPIC = 'live-session';

/** Removes the keys whose value is undefined (exactOptionalPropertyTypes: absent, not undefined). */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;

const envelope = <const T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ v: v.literal(1), type: v.literal(type), ...entries });

/**
 * Between the windows of one presentation: the computing window (role `main`) posts state;
 * mirrors (role `audience`) ask for a snapshot and forward run/cancel/reset requests and the
 * answer to a fit's prompt (`choose`, naming the prompt's id). Every payload is checked deeply
 * against the session's schemas (schemas.ts).
 */
export const SessionMessageSchema = v.variant('type', [
  envelope('hello', {}),
  envelope('snapshot', { snapshot: SessionSnapshotSchema }),
  envelope('cell', { cell: CellSnapshotSchema, info: SessionInfoSchema }),
  envelope('info', { info: SessionInfoSchema }),
  v.pipe(
    envelope('run', {
      id: CellIdSchema,
      // Lenient on purpose: anything but `true` runs the lecture's own fit, and a budget that
      // is not a positive number is ignored (the receiving window's budget applies).
      pretrained: v.pipe(
        v.optional(v.unknown(), false),
        v.transform((x) => x === true),
      ),
      budgetSeconds: v.fallback(v.optional(Positive), undefined),
    }),
    v.transform(defined),
  ),
  envelope('choose', { choice: v.picklist(['short', 'full']), start: Finite }),
  envelope('cancel', {}),
  envelope('reset', {}),
]);

/** The messages as the session's code writes them (the schema's output with declared payloads). */
export type SessionMessage =
  | { readonly v: 1; readonly type: 'hello' }
  | { readonly v: 1; readonly type: 'snapshot'; readonly snapshot: SessionSnapshot }
  | {
      readonly v: 1;
      readonly type: 'cell';
      readonly cell: CellSnapshot;
      readonly info: SessionInfo;
    }
  | { readonly v: 1; readonly type: 'info'; readonly info: SessionInfo }
  | (Omit<Extract<v.InferOutput<typeof SessionMessageSchema>, { type: 'run' }>, 'budgetSeconds'> & {
      readonly budgetSeconds?: number;
    })
  | Extract<v.InferOutput<typeof SessionMessageSchema>, { type: 'choose' | 'cancel' | 'reset' }>;

/**
 * Checks a message from another window before the session uses it: the envelope and, deeply,
 * every payload; anything malformed is dropped (undefined).
 */
export function parseSessionMessage(x: unknown): SessionMessage | undefined {
  const result = v.safeParse(SessionMessageSchema, x);
  // The payload schemas agree with the declared types (see Agrees in schemas.ts).
  return result.success ? (result.output as SessionMessage) : undefined;
}
