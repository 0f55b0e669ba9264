/**
 * The urql client. Browsers sign in with `login(input: {…, useCookie: true})`: the session
 * then lives in the HttpOnly `tc_session` cookie, and every request carries the value of the
 * readable `tc_csrf` cookie in the `x-csrf-token` header (the server refuses mutations
 * without it). Evaluators have no password: they paste their API token, kept for the tab
 * only (sessionStorage) and sent as `Authorization: Bearer`.
 */
import { Client, cacheExchange, fetchExchange } from 'urql';

export const GRAPHQL_URL = '/graphql';
/** The CSRF cookie's name: `CSRF_COOKIE` in backend/towncheck/auth/schema.py. */
export const CSRF_COOKIE = 'tc_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const TOKEN_STORAGE_KEY = 'towncheck.token';

export function readCookie(name: string, source: string = document.cookie): string | null {
  for (const part of source.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function bearerToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setBearerToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    else sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // No storage: the token cannot be kept.
  }
}

/** Headers for any request to the backend (GraphQL or /download). */
export function authHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = bearerToken();
  if (token) {
    headers.authorization = `Bearer ${token}`;
    return headers;
  }
  const csrf = readCookie(CSRF_COOKIE);
  if (csrf) headers[CSRF_HEADER] = csrf;
  return headers;
}

export function createApiClient(): Client {
  return new Client({
    url: GRAPHQL_URL,
    exchanges: [cacheExchange, fetchExchange],
    // POST for everything: simpler caching rules at proxies, no secrets in URLs.
    preferGetMethod: false,
    fetchOptions: () => ({ credentials: 'include', headers: authHeaders() }),
  });
}
