/**
 * Keeps the outbox moving: sends what waits when the page opens, when the browser comes
 * back online (`online` event) and on a retry timer; shares the items and the sync state.
 *
 *   <OutboxProvider send={sendVisit} onSent={refetch}>…</OutboxProvider>
 *   const { items, state, flushNow } = useOutbox<MyPayload>();
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as outbox from './outbox';
import type { FlushReport, OutboxItem, SendResult } from './outbox';

/** synced 已同步 · pending N 条待发送 · sending 正在发送 · offline 离线 */
export type SyncState = 'synced' | 'pending' | 'sending' | 'offline';

type OutboxState<T> = {
  items: OutboxItem<T>[];
  state: SyncState;
  /** Loaded from IndexedDB at least once. */
  ready: boolean;
  /** Sends now; `retryRejected` also resends what the server refused before. */
  flushNow: (options?: { retryRejected?: boolean }) => Promise<FlushReport | null>;
  enqueue: (entry: { clientId: string; payload: T; label?: string }) => Promise<void>;
  remove: (clientId: string) => Promise<void>;
};

const OutboxContext = createContext<OutboxState<unknown> | null>(null);

export const RETRY_MS = 20_000;

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export function syncState(online: boolean, sending: boolean, waiting: number): SyncState {
  if (sending) return 'sending';
  if (!online) return 'offline';
  return waiting > 0 ? 'pending' : 'synced';
}

type Props<T> = {
  send: (item: OutboxItem<T>) => Promise<SendResult>;
  /** After a flush that sent something: refresh lists. */
  onFlushed?: (report: FlushReport) => void;
  retryMs?: number;
  children: ReactNode;
};

export function OutboxProvider<T>({ send, onFlushed, retryMs = RETRY_MS, children }: Props<T>) {
  const [items, setItems] = useState<OutboxItem<T>[]>([]);
  const [ready, setReady] = useState(false);
  const [online, setOnline] = useState(isOnline);
  const [sending, setSending] = useState(false);
  const sendRef = useRef(send);
  sendRef.current = send;
  const flushedRef = useRef(onFlushed);
  flushedRef.current = onFlushed;

  const reload = useCallback(async () => {
    try {
      setItems(await outbox.list<T>());
    } catch {
      setItems([]);
    } finally {
      setReady(true);
    }
  }, []);

  const flushNow = useCallback(async (options?: { retryRejected?: boolean }) => {
    if (!isOnline()) return null;
    setSending(true);
    try {
      const report = await outbox.flush<T>((item) => sendRef.current(item), options);
      if (report.sent.length > 0 || report.rejected.length > 0) flushedRef.current?.(report);
      return report;
    } catch {
      return null;
    } finally {
      setSending(false);
      await reload();
    }
  }, [reload]);

  useEffect(() => {
    void reload().then(() => flushNow());
    const unsubscribe = outbox.subscribe(() => void reload());
    const goOnline = () => {
      setOnline(true);
      void flushNow();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      unsubscribe();
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [reload, flushNow]);

  const waiting = items.filter((item) => !item.error).length;
  useEffect(() => {
    if (waiting === 0) return undefined;
    const timer = window.setInterval(() => void flushNow(), retryMs);
    return () => window.clearInterval(timer);
  }, [waiting, retryMs, flushNow]);

  const enqueue = useCallback(async (entry: { clientId: string; payload: T; label?: string }) => {
    await outbox.enqueue(entry);
    await reload();
  }, [reload]);
  const remove = useCallback(async (clientId: string) => {
    await outbox.remove(clientId);
    await reload();
  }, [reload]);

  const value = useMemo<OutboxState<T>>(
    () => ({ items, ready, state: syncState(online, sending, items.length), flushNow, enqueue, remove }),
    [items, ready, online, sending, flushNow, enqueue, remove],
  );
  return <OutboxContext.Provider value={value as OutboxState<unknown>}>{children}</OutboxContext.Provider>;
}

export function useOutbox<T>(): OutboxState<T> {
  const value = useContext(OutboxContext);
  if (value === null) throw new Error('useOutbox() needs <OutboxProvider>');
  return value as OutboxState<T>;
}
