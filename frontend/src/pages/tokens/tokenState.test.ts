import { describe, expect, it } from 'vitest';
import { tokenState } from './tokenDocuments';

describe('tokenState', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  it('is revoked once revoked, whatever the expiry', () => {
    expect(tokenState({ revokedAt: '2026-04-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' }, now)).toBe('revoked');
  });
  it('is expired after the expiry and active before', () => {
    expect(tokenState({ revokedAt: null, expiresAt: '2026-04-30T00:00:00Z' }, now)).toBe('expired');
    expect(tokenState({ revokedAt: null, expiresAt: '2026-06-01T00:00:00Z' }, now)).toBe('active');
  });
});
