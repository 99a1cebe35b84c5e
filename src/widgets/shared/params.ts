/** Params parsing that reports problems as Ukrainian messages instead of throwing. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** The error of the first param that did not parse (for `frame.fail`). */
export function firstError(parsed: readonly Parsed<unknown>[]): string {
  const wrong = parsed.find((p) => !p.ok);
  return wrong !== undefined && !wrong.ok ? wrong.error : 'Неправильні параметри.';
}

/** An integer param within [min, max]; absent or empty means `fallback`. */
export function intParam(
  params: Readonly<Record<string, string>>,
  key: string,
  min: number,
  max: number,
  fallback: number,
): Parsed<number> {
  const raw = params[key]?.trim();
  if (raw === undefined || raw === '') return ok(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    return bad(`Параметр «${key}» має бути цілим числом від ${min} до ${max}, а не «${raw}».`);
  }
  return ok(value);
}

/** One of the allowed values; absent or empty means `fallback`. */
export function enumParam<T extends string>(
  params: Readonly<Record<string, string>>,
  key: string,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  const raw = params[key]?.trim();
  if (raw === undefined || raw === '') return ok(fallback);
  if ((allowed as readonly string[]).includes(raw)) return ok(raw as T);
  return bad(`Параметр «${key}» має бути одним із: ${allowed.join(', ')} (а не «${raw}»).`);
}

/** A list of finite numbers written as "1, 2, −3" (commas or spaces; "−" allowed). */
export function parseNumbers(text: string, what: string, maxLength = 64): Parsed<number[]> {
  const parts = text
    .replace(/[()[\]]/g, ' ')
    .split(/[\s,;]+/)
    .filter((p) => p !== '');
  if (parts.length === 0) return bad(`${what}: потрібне хоча б одне число.`);
  if (parts.length > maxLength) return bad(`${what}: не більше ${maxLength} чисел.`);
  const values = parts.map((p) => Number(p.replace('−', '-')));
  const wrong = parts.find((_, i) => !Number.isFinite(values[i]));
  if (wrong !== undefined) return bad(`${what}: «${wrong}» не є числом.`);
  return ok(values);
}

/** A square matrix written as rows separated by ";" or "/", e.g. "0,1,2; 3,4,5; 6,7,8". */
export function parseMatrix(text: string, what: string, maxSize = 7): Parsed<number[][]> {
  const rows = text.split(/[;/|]/).map((r) => parseNumbers(r, what, maxSize));
  const rowsOut: number[][] = [];
  for (const r of rows) {
    if (!r.ok) return r;
    rowsOut.push(r.value);
  }
  const n = rowsOut.length;
  if (n > maxSize || rowsOut.some((r) => r.length !== n)) {
    return bad(`${what}: потрібна квадратна матриця до ${maxSize}×${maxSize} (рядки через «;»).`);
  }
  return ok(rowsOut);
}
