/**
 * Files under /download/…: fetched with the same credentials as GraphQL (session cookie or
 * the evaluator's bearer token, which a plain link could not send), then saved by the
 * browser. A refusal carries the server's Chinese message (`{errors: [{message}]}`).
 */
import { authHeaders } from '../../api/client';

export class DownloadError extends Error {}

/** `/download/name?key=value…`, leaving out empty values. */
export function downloadUrl(name: string, params: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const query = search.toString();
  return `/download/${name}${query ? `?${query}` : ''}`;
}

/** The file name of a `Content-Disposition` header (RFC 5987 `filename*` first). */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

async function serverMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? null;
  } catch {
    return null;
  }
}

/** Fetches `url` and saves it; throws DownloadError with the server's message. */
export async function downloadFile(url: string, fallbackName: string, texts: { network: string; unknown: string }): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', headers: authHeaders() });
  } catch {
    throw new DownloadError(texts.network);
  }
  if (!response.ok) throw new DownloadError((await serverMessage(response)) ?? texts.unknown);
  const blob = await response.blob();
  const name = filenameFrom(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
