import { describe, expect, it } from 'vitest';
import { blank, paint } from '../../../src/widgets/conv-explorer/drawing.ts';
import { parseSettings } from '../../../src/widgets/conv-explorer/settings.ts';

describe('parseSettings', () => {
  it('defaults to an MNIST digit, the 3×3 edge kernel, stride 1, valid padding', () => {
    const s = parseSettings({});
    expect(s.ok && s.value).toMatchObject({
      input: 'mnist',
      preset: 'edges',
      stride: 1,
      padding: 'valid',
      kernel: { rows: 3, cols: 3 },
    });
  });

  it('reads presets with a size, numeric kernels, stride and padding', () => {
    const s = parseSettings({
      input: 'ramp4',
      kernel: 'blur',
      size: '5',
      stride: '2',
      padding: 'same',
    });
    expect(s.ok && [s.value.input, s.value.kernel.rows, s.value.stride, s.value.padding]).toEqual([
      'ramp4',
      5,
      2,
      'same',
    ]);
    const m = parseSettings({ kernel: '0,1,2; 3,4,5; 6,7,−8', padding: '2' });
    expect(m.ok && [m.value.preset, m.value.kernel.data.at(-1), m.value.padding]).toEqual([
      'custom',
      -8,
      2,
    ]);
  });

  it.each([
    [{ input: 'photo' }, 'input'],
    [{ size: '9' }, 'size'],
    [{ stride: '0' }, 'stride'],
    [{ padding: 'full' }, 'padding'],
    [{ kernel: 'gauss' }, 'kernel'],
    [{ kernel: '1,2; 3' }, 'kernel'],
  ])('explains a bad param %j in Ukrainian', (params, key) => {
    const s = parseSettings(params);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.error).toContain(key);
  });
});

describe('drawing', () => {
  it('puts full ink under the brush and softer ink on its 4 neighbours, clipped at edges', () => {
    const g = paint(blank(3, 3), 0, 0);
    expect(g.data).toEqual([1, 0.6, 0, 0.6, 0, 0, 0, 0, 0]);
    expect(paint(g, 0, 1).data.slice(0, 3)).toEqual([1, 1, 0.6]);
  });
});
