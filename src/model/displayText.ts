/**
 * Text from outside (a `?p=` value, a hash, a file name, an author's attribute) as it may be
 * shown in a message: control, format (bidi overrides, zero-width marks) and private-use
 * characters replaced by U+FFFD — they could disguise the text — and, past `max` characters,
 * shortened with "…". One rule for the build, the deck check and the browser.
 */
export function displayText(text: string, max = Number.POSITIVE_INFINITY): string {
  const chars = Array.from(text.replace(/[\p{Cc}\p{Cf}\p{Co}]/gu, '\uFFFD'));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
