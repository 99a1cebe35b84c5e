import type { ComposedSlide } from './composeSlides.ts';
import { KNOWN_PROPERTIES } from './readProperties.ts';

export interface PropertyWarning {
  readonly rule: 'unknown-property' | 'eaten-property';
  readonly message: string;
  /** 0-based line. */
  readonly line: number;
}

/**
 * Properties that are neither known (rule 7) nor used as `{{key}}` by the slide or a
 * slide built on it. When such a property opens the slide and its value has spaces, it
 * is most likely prose that remark.js compatibility read as a property (rule 6).
 */
export function propertyWarnings(slides: readonly ComposedSlide[]): PropertyWarning[] {
  const warnings: PropertyWarning[] = [];
  for (const s of slides) {
    s.own.forEach((p, k) => {
      if (KNOWN_PROPERTIES.has(p.key) || s.used.has(p.key)) return;
      if (k === 0 && /\s/.test(p.value)) {
        warnings.push({
          rule: 'eaten-property',
          line: p.line,
          message: `The first line "${p.key}: ${p.value}" is read as a property (remark.js compatibility), not shown as text; write "${p.key}\\: …" to show it as text.`,
        });
      } else {
        warnings.push({
          rule: 'unknown-property',
          line: p.line,
          message: `Unknown property "${p.key}" (not a known property and not used as {{${p.key}}}).`,
        });
      }
    });
  }
  return warnings;
}
