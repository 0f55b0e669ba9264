/**
 * The offline outbox: submissions wait in IndexedDB until the server has answered them.
 *
 *   await enqueue({ clientId, payload, label });     // same clientId again replaces, keeps its place
 *   await flush(send);                                // in order; removes each once the server accepted it
 *
 * `send` says how the server answered: `ok`, `rejected` (a validation error: the item stays,
 * with the message, and is not sent again until retried by hand) or `network` (no answer:
 * the item stays and flushing stops, to retry later in the same order). The clientId never
 * changes, so the server can recognise a retry of something it already stored.
 */

export type OutboxItem<T> = {
  clientId: string;
  payload: T;
  /** What to show in lists ("刘嘉豪 户"). */
  label: string;
  /** Order of arrival. */
  seq: number;
  enqueuedAt: number;
  attempts: number;
  /** The server's message when it refused the item. */
  error: string | null;
};

export type SendResult = { status: 'ok' } | { status: 'rejected'; message: string } | { status: 'network' };

export type FlushReport = { sent: string[]; rejected: string[]; failed: boolean; left: number };

export const DB_NAME = 'towncheck-offline';
const STORE = 'outbox';
const VERSION = 1;

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'clientId' });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB unavailable'));
    };
  });
  return opening;
}

/** Runs `work` in one transaction and resolves once it committed. */
async function transact<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<R> | R): Promise<R> {
  const db = await open();
  return new Promise<R>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    let result: R;
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    Promise.resolve(work(tx.objectStore(STORE))).then(
      (value) => {
        result = value;
      },
      (error: unknown) => {
        tx.abort();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function request<V>(req: IDBRequest<V>): Promise<V> {
  return new Promise<V>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

const listeners = new Set<() => void>();

/** Called after every change of the outbox (in this tab). */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** Everything waiting, oldest first. */
export async function list<T>(): Promise<OutboxItem<T>[]> {
  const items = await transact('readonly', (store) => request(store.getAll() as IDBRequest<OutboxItem<T>[]>));
  return items.sort((a, b) => a.seq - b.seq);
}

/** Adds a submission; the same clientId again replaces the waiting one in place. */
export async function enqueue<T>(entry: { clientId: string; payload: T; label?: string }): Promise<OutboxItem<T>> {
  const item = await transact('readwrite', async (store) => {
    const all = await request(store.getAll() as IDBRequest<OutboxItem<T>[]>);
    const existing = all.find((other) => other.clientId === entry.clientId);
    const next: OutboxItem<T> = existing
      ? { ...existing, payload: entry.payload, label: entry.label ?? existing.label, error: null }
      : {
          clientId: entry.clientId,
          payload: entry.payload,
          label: entry.label ?? '',
          seq: all.reduce((max, other) => Math.max(max, other.seq), 0) + 1,
          enqueuedAt: Date.now(),
          attempts: 0,
          error: null,
        };
    await request(store.put(next));
    return next;
  });
  changed();
  return item;
}

export async function remove(clientId: string): Promise<void> {
  await transact('readwrite', (store) => request(store.delete(clientId)));
  changed();
}

async function update<T>(item: OutboxItem<T>): Promise<void> {
  await transact('readwrite', (store) => request(store.put(item)));
}

let running: Promise<FlushReport> | null = null;

/**
 * Sends the waiting items in order, one at a time. Items the server refused earlier are
 * skipped unless `retryRejected`. Only one flush runs at a time: a second call while one is
 * running gets the running one's report.
 */
export function flush<T>(
  send: (item: OutboxItem<T>) => Promise<SendResult>,
  options: { retryRejected?: boolean } = {},
): Promise<FlushReport> {
  if (running) return running;
  running = (async () => {
    const report: FlushReport = { sent: [], rejected: [], failed: false, left: 0 };
    try {
      for (const item of await list<T>()) {
        if (item.error && !options.retryRejected) continue;
        let result: SendResult;
        try {
          result = await send(item);
        } catch {
          result = { status: 'network' };
        }
        if (result.status === 'ok') {
          await remove(item.clientId);
          report.sent.push(item.clientId);
          continue;
        }
        const attempts = item.attempts + 1;
        if (result.status === 'rejected') {
          await update({ ...item, attempts, error: result.message });
          report.rejected.push(item.clientId);
          changed();
          continue;
        }
        await update({ ...item, attempts });
        report.failed = true;
        break;
      }
      report.left = (await list<T>()).length;
      return report;
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Whether a flush is running now. */
export function flushing(): boolean {
  return running !== null;
}

/** Removes everything (tests, sign-out). */
export async function clear(): Promise<void> {
  await transact('readwrite', (store) => request(store.clear()));
  changed();
}
