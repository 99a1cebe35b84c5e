/** URLs that point outside the project (or are not files at all) are never checked. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * The project-root-relative path of a local URL (`./figures/x.png` → `figures/x.png`),
 * or `undefined` when the URL is external (http:, data:, mailto:, //host, #hash) or empty.
 * Query and hash are dropped, percent-escapes decoded, `.`/`..` segments resolved.
 */
export function localPath(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || EXTERNAL.test(trimmed)) return undefined;
  const bare = trimmed.replace(/[?#].*$/s, '');
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // Malformed escapes: check the path as written.
  }
  const parts: string[] = [];
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}

/** True for `javascript:` / `vbscript:` URLs, which decks must never carry. */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme.
  let squeezed = '';
  for (const ch of url.slice(0, 64)) if (ch.charCodeAt(0) > 0x20) squeezed += ch.toLowerCase();
  return squeezed.startsWith('javascript:') || squeezed.startsWith('vbscript:');
}
