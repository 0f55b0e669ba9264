/**
 * The draw's commit–reveal, computed in the browser exactly as
 * backend/towncheck/crosscheck/commitment.py does:
 *
 *   commitment = hex(SHA-256("towncheck draw commitment v1\ncycle=<c>\nteam=<t>\nsecret=<s>\n"))
 *   seed       = SHA-256(seedText)
 *
 * with <c>, <t> the numeric cycle and team ids (inside the GraphQL global ids) and <s> the
 * canonical secret (NFKC, trimmed, 1–64 digits, leading zeros dropped).
 */

export const MAX_SECRET_DIGITS = 64;
/** Digits of a generated secret: long enough that nobody can guess it from the hash. */
export const GENERATED_DIGITS = 40;

/** The canonical digits of a secret, or null when it is not 1–64 digits. */
export function canonicalSecret(secret: string): string | null {
  const digits = secret.normalize('NFKC').trim();
  if (!/^[0-9]{1,64}$/.test(digits)) return null;
  return digits.replace(/^0+/, '') || '0';
}

/** The numeric row id inside a global id (`Type:id` or `Type:town:id`, base64url). */
export function rawId(globalId: string): number | null {
  try {
    const padded = globalId.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (globalId.length % 4)) % 4);
    const parts = atob(padded).split(':');
    if (parts.length < 2 || parts.length > 3) return null;
    const id = Number(parts[parts.length - 1]);
    return Number.isSafeInteger(id) && id >= 0 ? id : null;
  } catch {
    return null;
  }
}

/** The exact text the commitment hashes. */
export function commitmentText(cycleId: number, teamId: number, canonical: string): string {
  return `towncheck draw commitment v1\ncycle=${cycleId}\nteam=${teamId}\nsecret=${canonical}\n`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The lower-case hex commitment of `secret` for a cycle and team (global ids). */
export async function commitmentOf(cycleGlobalId: string, teamGlobalId: string, secret: string): Promise<string> {
  const cycle = rawId(cycleGlobalId);
  const team = rawId(teamGlobalId);
  const canonical = canonicalSecret(secret);
  if (cycle === null || team === null) throw new Error('invalid id');
  if (canonical === null) throw new Error('invalid secret');
  return sha256Hex(commitmentText(cycle, team, canonical));
}

/** A random secret of `digits` decimal digits, first digit non-zero (WebCrypto). */
export function randomSecret(digits: number = GENERATED_DIGITS): string {
  let out = '';
  while (out.length < digits) {
    const bytes = crypto.getRandomValues(new Uint8Array(64));
    for (const byte of bytes) {
      // 250 = 25 × 10: reject the top values so every digit is equally likely.
      if (byte >= 250) continue;
      const digit = byte % 10;
      if (out.length === 0 && digit === 0) continue;
      out += String(digit);
      if (out.length === digits) break;
    }
  }
  return out;
}
