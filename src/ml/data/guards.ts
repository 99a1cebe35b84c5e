import * as v from 'valibot';
import type { DataDescriptor, LoadProgress } from './types.ts';

/**
 * The schemas of the data types that cross a boundary (a fetched manifest, a data Worker's
 * messages, a stored session, another window): one schema per type, shared by every reader
 * (valibot: the session's and the Workers' schemas build on these pieces).
 */

/** A count or size: a finite whole number ≥ 0. */
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A finite number ≥ 0 (seconds, bytes so far). */
export const NonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
/** A finite number > 0. */
export const Positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
/** Any finite number. */
export const Finite = v.pipe(v.number(), v.finite());
/**
 * Any number, NaN and infinities included (a diverged loss is NaN; valibot's `number()` alone
 * refuses NaN). A custom check rather than `union([number(), nan()])`: the same test, and
 * valibot's union code stays out of the bundle.
 */
export const AnyNumber = v.custom<number>((x) => typeof x === 'number', 'a number');

/** Text up to `max` characters (names, labels and messages shown in the deck). */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const DataDescriptorSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: text(200),
  trainCount: Count,
  testCount: Count,
  split: text(1000),
  // Exact: the declared type has no `undefined` here, and nothing writes one.
  fallback: v.exactOptional(text(1000)),
});

export const LoadProgressSchema = v.object({
  name: text(200),
  bytes: NonNegative,
  totalBytes: NonNegative,
  digits: NonNegative,
  totalDigits: NonNegative,
});

/**
 * True when every value of the declared type `T` passes `S` and the schema yields nothing
 * else (optional keys aside: like the guards before them, schemas accept an explicit
 * `undefined` where the type leaves a key out). A compile error where it is used means the
 * declared type (types.ts) and its schema changed apart.
 */
/** `T` with every key required and never undefined, all the way down (typed arrays kept). */
type Defined<T> = T extends ArrayBufferView | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer E)[]
    ? readonly Defined<E>[]
    : T extends object
      ? { readonly [K in keyof T]-?: Defined<Exclude<T[K], undefined>> }
      : T;
export type Agrees<S extends v.GenericSchema, T> = [T] extends [v.InferOutput<S>]
  ? [Defined<v.InferOutput<S>>] extends [Defined<T>]
    ? true
    : false
  : false;
/**
 * A list of `Agrees` checks that compiles only when every one is true:
 * `type _Agree = AllAgree<[Agrees<typeof XSchema, X>, …]>`.
 */
export type AllAgree<T extends readonly true[]> = T;

type _Agree = AllAgree<
  [
    Agrees<typeof DataDescriptorSchema, DataDescriptor>,
    Agrees<typeof LoadProgressSchema, LoadProgress>,
  ]
>;

export function isDataDescriptor(x: unknown): x is DataDescriptor {
  return v.is(DataDescriptorSchema, x);
}

export function isLoadProgress(x: unknown): x is LoadProgress {
  return v.is(LoadProgressSchema, x);
}
