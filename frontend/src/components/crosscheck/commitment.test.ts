import { describe, expect, it } from 'vitest';
import { canonicalSecret, commitmentOf, commitmentText, randomSecret, rawId, sha256Hex } from './commitment';
import { backupText, loadSecret, saveSecret } from './secretStore';

const b64 = (raw: string) => btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('draw commitment', () => {
  it('canonicalises secrets like the backend', () => {
    expect(canonicalSecret(' 007 ')).toBe('7');
    expect(canonicalSecret('000')).toBe('0');
    expect(canonicalSecret('４２')).toBe('42');
    expect(canonicalSecret('4a')).toBeNull();
    expect(canonicalSecret('')).toBeNull();
    expect(canonicalSecret('1'.repeat(65))).toBeNull();
  });

  it('reads numeric ids out of global ids', () => {
    expect(rawId(b64('Cycle:1:7'))).toBe(7);
    expect(rawId(b64('User:12'))).toBe(12);
    expect(rawId('***')).toBeNull();
  });

  it('matches the documented example (printf … | sha256sum)', async () => {
    const text = commitmentText(7, 3, '42');
    expect(await sha256Hex(text)).toBe('be4f28ec7c620723a23b9c766209cc81ece0da472f27af2d69aed7f7c4bebab3');
    expect(await commitmentOf(b64('Cycle:1:7'), b64('Team:1:3'), '0042')).toBe(
      'be4f28ec7c620723a23b9c766209cc81ece0da472f27af2d69aed7f7c4bebab3',
    );
  });

  it('generates long random secrets without a leading zero', () => {
    const secret = randomSecret();
    expect(secret).toMatch(/^[1-9][0-9]{39}$/);
    expect(randomSecret()).not.toBe(secret);
  });

  it('keeps the secret per cycle and team', () => {
    const stored = { secret: '123', commitment: 'ab', cycleId: 'c', teamId: 't', createdAt: 'now' };
    expect(saveSecret(stored)).toBe(true);
    expect(loadSecret('c', 't')?.secret).toBe('123');
    expect(loadSecret('c', 'other')).toBeNull();
    expect(backupText(stored, '党建办')).toContain('123');
  });
});
