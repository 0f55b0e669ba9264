import { describe, expect, it } from 'vitest';
import { formatChange, formatIndicator, formatInterval, formatScore } from './format';

describe('dashboard formats', () => {
  it('formats scores and changes', () => {
    expect(formatScore(null)).toBe('—');
    expect(formatScore(96.471)).toBe('96.47');
    expect(formatChange(-3.78)).toBe('-3.78');
    expect(formatChange(1.2)).toBe('+1.20');
    expect(formatChange(undefined)).toBe('—');
  });
  it('formats indicators by unit', () => {
    expect(formatIndicator({ unit: 'rate', value: 0.1234 })).toBe('12.3%');
    expect(formatIndicator({ unit: 'per100', value: 166 })).toBe('166.00');
    expect(formatInterval({ unit: 'rate', value: 0.1, low: 0.05, high: 0.2 })).toBe('5.0% – 20.0%');
  });
});
