import { afterEach, describe, expect, it } from 'vitest';
import { authHeaders, CSRF_COOKIE, readCookie, setBearerToken } from './client';

describe('client headers', () => {
  afterEach(() => {
    document.cookie = `${CSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    setBearerToken(null);
  });

  it('reads cookies by name', () => {
    expect(readCookie('tc_csrf', 'a=1; tc_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('tc_csrf', 'a=1')).toBeNull();
  });

  it('sends the CSRF cookie back as x-csrf-token', () => {
    expect(authHeaders()).toEqual({});
    document.cookie = `${CSRF_COOKIE}=token123`;
    expect(authHeaders()).toEqual({ 'x-csrf-token': 'token123' });
  });

  it('prefers an evaluator token', () => {
    setBearerToken('secret');
    expect(authHeaders()).toEqual({ authorization: 'Bearer secret' });
  });
});
