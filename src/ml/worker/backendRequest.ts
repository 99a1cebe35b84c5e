// Which tfjs backend to use, as the page asks for it (`?backend=…`) and as it travels to the
// training Worker. Pure: no tfjs, no DOM (the page's views import it for their labels).
import * as v from 'valibot';

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

/**
 * What the page asks for. `force`: this backend even when software renders it (SwiftShader), as
 * `?backend=webgl` says; when it cannot start, the automatic order follows with a note.
 */
export const BackendRequestSchema = v.object({
  force: v.optional(
    v.picklist(['webgpu', 'webgl', 'wasm', 'cpu'] as const satisfies readonly BackendName[]),
  ),
});

export type BackendRequest = Readonly<v.InferOutput<typeof BackendRequestSchema>>;

/** `?backend=webgl` in a page URL's query: the backend forced, or a note about a bad value. */
export interface BackendQuery {
  readonly request: BackendRequest;
  /** For the audience (Ukrainian) when the value names no backend. */
  readonly note?: string;
}

export function backendFromQuery(search: string): BackendQuery {
  const value = new URLSearchParams(search).get('backend');
  if (value === null || value === '') return { request: {} };
  const name = value.toLowerCase();
  if (isBackendName(name)) return { request: { force: name } };
  return {
    request: {},
    note: `невідомий бекенд «${value}» у ?backend= (є: ${BACKEND_ORDER.join(', ')})`,
  };
}

/**
 * The panel's "Обчислення: …" text: the backend in use, and — when the page forced another one —
 * that it was not available (so a lecturer showing `?backend=webgpu` sees why it is wasm).
 */
export function backendLabelUk(inUse: string | undefined, forced: BackendName | undefined): string {
  const name = inUse ?? '…';
  if (forced === undefined || inUse === undefined || inUse === forced) return name;
  return `${name} (замість ${forced}: він тут недоступний)`;
}
