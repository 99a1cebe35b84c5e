import type { LoadProgress } from '../../ml/data/types.ts';
import { countUk } from '../../ml/session/fitText.ts';

/** `3,2` (megabytes, one decimal, Ukrainian comma). */
const megabytes = (bytes: number): string =>
  (bytes / 1e6).toLocaleString('uk-UA', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "3,2 / 11,4 МБ · 21 000 / 70 000 цифр" (the megabytes left out when the size is unknown). */
export function loadingAmounts(p: LoadProgress): string {
  const bytes = p.totalBytes > 0 ? `${megabytes(p.bytes)} / ${megabytes(p.totalBytes)} МБ` : '';
  const digits = `${countUk(p.digits)} / ${countUk(p.totalDigits)} цифр`;
  return [bytes, digits].filter((x) => x !== '').join(' · ');
}

/** "Завантаження MNIST: 3,2 / 11,4 МБ · 21 000 / 70 000 цифр" */
export function loadingText(p: LoadProgress): string {
  return `Завантаження ${p.name}: ${loadingAmounts(p)}`;
}

/** 0–1: the download and the decoding count half each (bytes alone when digits are unknown). */
export function loadingFraction(p: LoadProgress): number {
  const part = (done: number, total: number): number =>
    total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  if (p.totalDigits <= 0) return part(p.bytes, p.totalBytes);
  if (p.totalBytes <= 0) return part(p.digits, p.totalDigits);
  return (part(p.bytes, p.totalBytes) + part(p.digits, p.totalDigits)) / 2;
}
