/**
 * The same deck in another mode: `?mode=` set (or removed for the slideshow), every other
 * parameter kept, and the hash replaced.
 */
export function modeUrl(href: string, mode: string | undefined, hash: string): string {
  const url = new URL(href);
  if (mode === undefined) url.searchParams.delete('mode');
  else url.searchParams.set('mode', mode);
  url.hash = hash;
  return `${url.pathname}${url.search}${url.hash}`;
}
