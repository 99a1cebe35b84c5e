import { describe, expect, it } from 'vitest';
import { slideNotFoundNotice } from '../../../src/present/views/notice.ts';

describe('slideNotFoundNotice', () => {
  it('names an ordinary hash as written', () => {
    expect(slideNotFoundNotice('no-such-slide')).toBe(
      'Слайд «no-such-slide» не знайдено — показано перший слайд',
    );
  });

  it('replaces control and bidi-override characters (as ?p= values are)', () => {
    const text = slideNotFoundNotice('\u202Edm.5erutcel\u0000\u200Bx');
    expect(text).not.toMatch(/[\u202E\u200B]/);
    expect(text.includes('\u0000')).toBe(false);
    expect(text).toContain('«\uFFFDdm.5erutcel\uFFFD\uFFFDx»');
  });

  it('shortens a 20,000-character hash', () => {
    const text = slideNotFoundNotice('x'.repeat(20_000));
    expect(text.length).toBeLessThan(160);
    expect(text).toContain(`«${'x'.repeat(79)}…»`);
  });

  it('keeps markup as text (the view sets textContent)', () => {
    expect(slideNotFoundNotice('<img src=x onerror=alert(1)>')).toContain(
      '«<img src=x onerror=alert(1)>»',
    );
  });

  it('does not split a surrogate pair when shortening', () => {
    const text = slideNotFoundNotice('😀'.repeat(100));
    expect(text).toContain(`«${'😀'.repeat(79)}…»`);
  });
});
