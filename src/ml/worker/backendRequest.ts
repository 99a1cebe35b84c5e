// Which tfjs backend to use, as the page asks for it (`?backend=…`) and as it travels to the
// training Worker. Pure: no tfjs, no DOM (the page's views import it for their labels).
import * as v from 'valibot';
import { countedUk } from '../../model/pluralUk.ts';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** The automatic order: a hardware GPU first, then WebAssembly, then plain JavaScript. */
export const BACKEND_ORDER: readonly BackendName[] = Object.freeze([
  'webgpu',
  'webgl',
  'wasm',
  'cpu',
]);

export const isBackendName = (x: unknown): x is BackendName =>
  typeof x === 'string' && (BACKEND_ORDER as readonly string[]).includes(x);

/** The most wasm threads a page may ask for (tfjs's own limit). */
export const MAX_WASM_THREADS = 8;

/**
 * What the page asks for. `force`: this backend even when software renders it (SwiftShader), as
 * `?backend=webgl` says; when it cannot start, the automatic order follows with a note.
 * `threads`: this many wasm threads (`?threads=2`; 1 = the single-threaded build), even beyond
 * tfjs's default of half the logical cores; it needs a cross-origin isolated page.
 */
export const BackendRequestSchema = v.object({
  force: v.optional(
    v.picklist(['webgpu', 'webgl', 'wasm', 'cpu'] as const satisfies readonly BackendName[]),
  ),
  threads: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_WASM_THREADS))),
});

export type BackendRequest = Readonly<v.InferOutput<typeof BackendRequestSchema>>;

/** `?backend=webgl` in a page URL's query: the backend forced, or a note about a bad value. */
export interface BackendQuery {
  readonly request: BackendRequest;
  /** For the audience (Ukrainian) when a value is not understood. */
  readonly note?: string;
}

/** `?threads=2`: a whole number of wasm threads from 1 to MAX_WASM_THREADS. */
function threadsFromQuery(value: string | null): { threads?: number; note?: string } {
  if (value === null || value === '') return {};
  const n = /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (n >= 1 && n <= MAX_WASM_THREADS) return { threads: n };
  return { note: `?threads= має бути цілим числом від 1 до ${MAX_WASM_THREADS}, а не «${value}»` };
}

export function backendFromQuery(search: string): BackendQuery {
  const query = new URLSearchParams(search);
  const { threads, note: threadsNote } = threadsFromQuery(query.get('threads'));
  const withThreads = (request: BackendRequest, note?: string): BackendQuery => {
    const notes = [note, threadsNote].filter((n) => n !== undefined);
    return {
      request: threads === undefined ? request : { ...request, threads },
      ...(notes.length === 0 ? {} : { note: notes.join('; ') }),
    };
  };
  const value = query.get('backend');
  if (value === null || value === '') return withThreads({});
  const name = value.toLowerCase();
  if (isBackendName(name)) return withThreads({ force: name });
  return withThreads(
    {},
    `невідомий бекенд «${value}» у ?backend= (є: ${BACKEND_ORDER.join(', ')})`,
  );
}

/** "1 потік", "2 потоки", "5 потоків". */
export function threadsUk(n: number): string {
  return countedUk(n, ['потік', 'потоки', 'потоків']);
}

/**
 * A backend as the panels name it: `webgl`, or for wasm with its threads, `wasm, 2 потоки`
 * (which of tfjs's builds computes: the lecturer sees whether the second core helps).
 */
export function backendTitle(choice: { readonly name: string; readonly threads?: number }): string {
  return choice.threads === undefined
    ? choice.name
    : `${choice.name}, ${threadsUk(choice.threads)}`;
}

/**
 * The panel's "Обчислення: …" text: the backend in use, and — when the page forced another one —
 * that it was not available (so a lecturer showing `?backend=webgpu` sees why it is wasm).
 */
export function backendLabelUk(inUse: string | undefined, forced: BackendName | undefined): string {
  const name = inUse ?? '…';
  // `inUse` is a backendTitle: `wasm, 2 потоки` is the forced wasm.
  if (forced === undefined || inUse === undefined || inUse.split(',')[0] === forced) return name;
  return `${name} (замість ${forced}: він тут недоступний)`;
}
