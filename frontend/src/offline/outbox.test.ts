import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clear, enqueue, flush, list, type OutboxItem, type SendResult } from './outbox';

type Payload = { household: string };

beforeEach(async () => {
  await clear();
});

function recorder(answers: Record<string, SendResult[]>) {
  const calls: string[] = [];
  const send = async (item: OutboxItem<Payload>): Promise<SendResult> => {
    calls.push(item.clientId);
    return answers[item.clientId]?.shift() ?? { status: 'ok' };
  };
  return { calls, send };
}

describe('the outbox', () => {
  it('sends in the order of arrival and removes what the server accepted', async () => {
    await enqueue({ clientId: 'c', payload: { household: '3' } });
    await enqueue({ clientId: 'a', payload: { household: '1' } });
    await enqueue({ clientId: 'b', payload: { household: '2' } });
    expect((await list()).map((item) => item.clientId)).toEqual(['c', 'a', 'b']);
    const { calls, send } = recorder({});
    const report = await flush(send);
    expect(calls).toEqual(['c', 'a', 'b']);
    expect(report).toMatchObject({ sent: ['c', 'a', 'b'], failed: false, left: 0 });
    expect(await list()).toEqual([]);
  });

  it('keeps everything after a network failure and retries with the same clientId', async () => {
    await enqueue({ clientId: 'a', payload: { household: '1' } });
    await enqueue({ clientId: 'b', payload: { household: '2' } });
    const { calls, send } = recorder({ a: [{ status: 'network' }] });
    const first = await flush(send);
    expect(first).toMatchObject({ sent: [], failed: true, left: 2 });
    expect(calls).toEqual(['a']); // stops at the first failure: order is kept
    const waiting = await list<Payload>();
    expect(waiting.map((item) => [item.clientId, item.attempts, item.error])).toEqual([
      ['a', 1, null],
      ['b', 0, null],
    ]);
    const second = await flush(send);
    expect(second).toMatchObject({ sent: ['a', 'b'], left: 0 });
    expect(calls).toEqual(['a', 'a', 'b']);
  });

  it('treats a thrown error as a network failure', async () => {
    await enqueue({ clientId: 'a', payload: { household: '1' } });
    const report = await flush<Payload>(() => Promise.reject(new Error('offline')));
    expect(report.failed).toBe(true);
    expect(await list()).toHaveLength(1);
  });

  it('keeps a rejected item with the server message and goes on with the others', async () => {
    await enqueue({ clientId: 'a', payload: { household: '1' }, label: '刘嘉豪' });
    await enqueue({ clientId: 'b', payload: { household: '2' } });
    const { calls, send } = recorder({ a: [{ status: 'rejected', message: '必答指标“一.1.2”未作答' }] });
    const report = await flush(send);
    expect(report).toMatchObject({ sent: ['b'], rejected: ['a'], left: 1 });
    const [kept] = await list<Payload>();
    expect(kept).toMatchObject({ clientId: 'a', label: '刘嘉豪', error: '必答指标“一.1.2”未作答', attempts: 1 });
    // Not sent again by itself…
    await flush(send);
    expect(calls).toEqual(['a', 'b']);
    // …but when retried by hand (after the cadre fixed it).
    await flush(send, { retryRejected: true });
    expect(calls).toEqual(['a', 'b', 'a']);
    expect(await list()).toEqual([]);
  });

  it('never holds two items with the same clientId, and a replaced item keeps its place', async () => {
    await enqueue({ clientId: 'a', payload: { household: '1' } });
    await enqueue({ clientId: 'b', payload: { household: '2' } });
    await enqueue({ clientId: 'a', payload: { household: '1-fixed' } });
    const items = await list<Payload>();
    expect(items.map((item) => [item.clientId, item.payload.household])).toEqual([
      ['a', '1-fixed'],
      ['b', '2'],
    ]);
  });

  it('never sends an item twice when flushes overlap', async () => {
    await enqueue({ clientId: 'a', payload: { household: '1' } });
    await enqueue({ clientId: 'b', payload: { household: '2' } });
    const { calls, send } = recorder({});
    const slow = async (item: OutboxItem<Payload>) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return send(item);
    };
    const [one, two] = await Promise.all([flush(slow), flush(slow)]);
    expect(one).toBe(two);
    expect(calls).toEqual(['a', 'b']);
  });
});
