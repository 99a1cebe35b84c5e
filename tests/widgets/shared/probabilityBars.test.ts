import { describe, expect, it } from 'vitest';
import {
  argmax,
  barText,
  describeProbabilities,
  percent,
} from '../../../src/widgets/shared/probabilityBars.ts';

describe('argmax', () => {
  it('returns the index of the largest value, the first on ties, −1 when empty', () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1);
    expect(argmax(Float32Array.from([0.5, 0.5]))).toBe(0);
    expect(argmax([])).toBe(-1);
  });
});

describe('percent', () => {
  it('rounds to whole percent, shows tiny non-zero values as <1 %', () => {
    expect(percent(0.934)).toBe('93 %');
    expect(percent(0.001)).toBe('<1 %');
    expect(percent(0)).toBe('0 %');
    expect(percent(1)).toBe('100 %');
    expect(percent(Number.NaN)).toBe('0 %');
  });
});

describe('describeProbabilities', () => {
  it('names the two most probable classes', () => {
    const p = [0, 0.04, 0, 0, 0, 0, 0, 0.93, 0.03, 0];
    const classes = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    expect(describeProbabilities(p, classes)).toBe('Найімовірніше 7: 93 %; далі 1: 4 %.');
  });
});

describe('barText', () => {
  it('prints whole percentages and leaves tiny values and gaps blank', () => {
    expect(barText(0.5)).toBe('50 %');
    expect(barText(0.006)).toBe('1 %');
    expect(barText(0.004)).toBe('');
    expect(barText(undefined)).toBe('');
  });
});
