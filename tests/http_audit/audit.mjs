#!/usr/bin/env node
// Runs the graphql-http server audit suite (GraphQL over HTTP spec conformance)
// against a running GraphQL endpoint and prints ONE line of JSON to stdout:
//
//   {"ok": [id, ...],
//    "warn":   [{"id", "name", "reason"}, ...],   // failed SHOULD audits
//    "error":  [{"id", "name", "reason"}, ...],   // failed MUST audits (and audits that crashed)
//    "notice": [{"id", "name", "reason"}, ...]}   // failed MAY audits
//
// Usage:  node tests/http_audit/audit.mjs http://127.0.0.1:PORT/graphql
//
// Exit codes: 0 when the audits ran (whatever their outcome: the caller decides),
//             2 when the server could not be reached,
//             1 on a usage error or a bug in this harness.
//
// Environment: AUDIT_TIMEOUT_MS  per-request timeout (default 15000).
//
// Setup: `npm ci` in tests/http_audit/ (versions are pinned in package-lock.json).

import { serverAudits } from 'graphql-http';

const BODY_LIMIT = 2000; // characters of response body quoted in a reason
const TIMEOUT_MS = Number(process.env.AUDIT_TIMEOUT_MS) || 15000;
const CONNECT_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function fail(code, message) {
  process.stderr.write(`audit.mjs: ${message}\n`);
  process.exit(code);
}

function describeError(err) {
  if (!err) return String(err);
  let text = `${err.name || 'Error'}: ${err.message || err}`;
  const cause = err.cause;
  if (cause) text += ` (cause: ${cause.code ? `${cause.code} ` : ''}${cause.message || cause})`;
  return text;
}

function isConnectError(err) {
  const code = err?.cause?.code ?? err?.code;
  return CONNECT_ERRORS.has(code);
}

// A Response whose body text was read eagerly, so a failing audit's response body
// can be quoted even after the audit itself consumed it. clone() keeps the text.
class CapturedResponse extends Response {
  constructor(bodyBuf, init, capturedText) {
    super(bodyBuf, init);
    this.capturedText = capturedText;
  }
  clone() {
    const c = super.clone();
    Object.setPrototypeOf(c, CapturedResponse.prototype);
    c.capturedText = this.capturedText;
    return c;
  }
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

async function capturingFetch(input, init = {}) {
  const res = await fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const buf = await res.arrayBuffer();
  const text = new TextDecoder('utf-8').decode(buf); // lossy on purpose: only for reporting
  const headers = new Headers(res.headers);
  // The body is already decoded by fetch; don't let anyone try to decode it again.
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new CapturedResponse(
    NULL_BODY_STATUS.has(res.status) ? null : buf,
    { status: res.status, statusText: res.statusText, headers },
    text,
  );
}

async function responseBodyText(response) {
  if (typeof response.capturedText === 'string') return response.capturedText;
  try {
    return await response.text();
  } catch {
    return null; // body already consumed by the audit
  }
}

async function formatReason(result) {
  let reason = String(result.reason ?? '');
  const response = result.response;
  if (response && typeof response === 'object') {
    if (typeof response.status === 'number') {
      reason += ` [status ${response.status}`;
      const ct = response.headers?.get?.('content-type');
      if (ct) reason += `, content-type ${ct}`;
      reason += ']';
    }
    const body = await responseBodyText(response);
    if (body !== null) {
      const quoted = body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}…(truncated)` : body;
      reason += ` body: ${quoted}`;
    }
  }
  return reason;
}

async function main() {
  const url = process.argv[2];
  if (!url) fail(1, 'usage: node audit.mjs <graphql-endpoint-url>');
  try {
    new URL(url);
  } catch {
    fail(1, `not a valid URL: ${url}`);
  }

  // Reachability check: any HTTP response at all (whatever its status) will do.
  try {
    const res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer().catch(() => {});
  } catch (err) {
    fail(2, `server unreachable at ${url}: ${describeError(err)}`);
  }

  const out = { ok: [], warn: [], error: [], notice: [] };
  let connectFailures = 0;
  const audits = serverAudits({ url, fetchFn: capturingFetch });

  // One at a time: deterministic, and gentle on a single-worker dev server.
  for (const { id, name, fn } of audits) {
    let result;
    try {
      result = await fn();
    } catch (err) {
      // graphql-http throws only on "fatal" problems (network failures, timeouts...).
      if (isConnectError(err)) connectFailures += 1;
      out.error.push({ id, name, reason: `audit could not complete: ${describeError(err)}` });
      continue;
    }
    if (result.status === 'ok') {
      out.ok.push(result.id);
    } else {
      const bucket = out[result.status] ?? out.error;
      bucket.push({ id: result.id, name: result.name, reason: await formatReason(result) });
    }
  }

  if (audits.length > 0 && connectFailures === audits.length) {
    fail(2, `server became unreachable at ${url} during the audit`);
  }

  process.stdout.write(`${JSON.stringify(out)}\n`, () => process.exit(0));
}

main().catch((err) => fail(1, `harness error: ${err?.stack || err}`));
