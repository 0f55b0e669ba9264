import { describe, expect, it } from 'vitest';
import { day, yuan } from './money';

describe('money and dates', () => {
  it('formats yuan', () => {
    expect(yuan('1234567.5')).toBe('1,234,567.50');
    expect(yuan(null)).toBe('—');
  });
  it('cuts dates', () => {
    expect(day('2026-04-04T08:00:00+08:00')).toBe('2026-04-04');
    expect(day(undefined)).toBe('—');
  });
});
