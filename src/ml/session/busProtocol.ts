import { type CellId, isCellId } from './cellCatalog.ts';
import type { FitChoice } from './fitPlan.ts';
import type { CellSnapshot, SessionInfo, SessionSnapshot } from './types.ts';
import { isCellSnapshot, isSessionInfo, isSessionSnapshot } from './validate.ts';

/** The bus topic of the live session (see WidgetBus in src/model). */
export const SESSION_TOPIC = 'live-session';

/**
 * Between the windows of one presentation: the computing window (role `main`) posts state;
 * mirrors (role `audience`) ask for a snapshot and forward run/cancel/reset requests and the
 * answer to a fit's prompt (`choose`, naming the prompt's id).
 */
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
  | {
      readonly v: 1;
      readonly type: 'run';
      readonly id: CellId;
      readonly pretrained: boolean;
      readonly budgetSeconds?: number;
    }
  | { readonly v: 1; readonly type: 'choose'; readonly choice: FitChoice; readonly start: number }
  | { readonly v: 1; readonly type: 'cancel' }
  | { readonly v: 1; readonly type: 'reset' };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

const finite = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);

/**
 * Checks a message from another window before the session uses it: the envelope and, deeply,
 * every payload (src/ml/session/validate.ts); anything malformed is dropped (undefined).
 */
export function parseSessionMessage(x: unknown): SessionMessage | undefined {
  if (!isObject(x) || x.v !== 1) return undefined;
  switch (x.type) {
    case 'hello':
    case 'cancel':
    case 'reset':
      return { v: 1, type: x.type };
    case 'run':
      return typeof x.id === 'string' && isCellId(x.id)
        ? {
            v: 1,
            type: 'run',
            id: x.id,
            pretrained: x.pretrained === true,
            ...(finite(x.budgetSeconds) && (x.budgetSeconds as number) > 0
              ? { budgetSeconds: x.budgetSeconds as number }
              : {}),
          }
        : undefined;
    case 'choose':
      return (x.choice === 'short' || x.choice === 'full') && finite(x.start)
        ? { v: 1, type: 'choose', choice: x.choice, start: x.start as number }
        : undefined;
    case 'cell':
      return isCellSnapshot(x.cell) && isSessionInfo(x.info)
        ? { v: 1, type: 'cell', cell: x.cell, info: x.info }
        : undefined;
    case 'info':
      return isSessionInfo(x.info) ? { v: 1, type: 'info', info: x.info } : undefined;
    case 'snapshot':
      return isSessionSnapshot(x.snapshot)
        ? { v: 1, type: 'snapshot', snapshot: x.snapshot }
        : undefined;
    default:
      return undefined;
  }
}
