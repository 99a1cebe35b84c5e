/**
 * Prefixes every selector of a flat stylesheet (no @media/@supports blocks, as the
 * highlight.js themes are) with `scope`, so two themes can live side by side.
 * Comments are dropped.
 */
export function scopeCss(css: string, scope: string): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: string[] = [];
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (const match of withoutComments.matchAll(rule)) {
    const selectors = (match[1] ?? '').trim();
    const body = (match[2] ?? '').trim();
    if (selectors === '' || selectors.startsWith('@')) continue;
    const scoped = selectors
      .split(',')
      .map((s) => `${scope} ${s.trim()}`)
      .join(',');
    rules.push(`${scoped}{${body}}`);
  }
  return `${rules.join('\n')}\n`;
}
