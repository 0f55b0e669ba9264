import { describe, expect, it } from 'vitest';
import type { VisitSubmission } from '../../components/visit/formModel';
import type { OutboxItem } from '../../offline/outbox';
import { filterRows, visitRows } from './visitRows';

const assignment = (householdId: string, headName: string, done = false) => ({
  __typename: 'Assignment' as const,
  id: `a-${householdId}`,
  subject: 'household',
  householdId,
  headName,
  basis: 'helper',
  done,
});

const visit = (householdId: string, state: string, reviewComment = '') => ({
  __typename: 'Visit' as const,
  id: `v-${householdId}`,
  householdId,
  headName: '',
  state,
  version: 1,
  submittedAt: '2026-01-01T00:00:00Z',
  reviewComment,
});

const queued = (householdId: string, error: string | null = null): OutboxItem<VisitSubmission> => ({
  clientId: `c-${householdId}`,
  label: '',
  seq: 1,
  enqueuedAt: 0,
  attempts: 0,
  error,
  payload: {
    headName: '',
    evidence: {},
    input: { clientId: `c-${householdId}`, cycleId: 'c', householdId, visitedOn: '2026-01-01', answers: [], note: '' },
  },
});

describe('visitRows', () => {
  it('says what happened to each household, problems first', () => {
    const rows = visitRows(
      [assignment('1', '甲'), assignment('2', '乙', true), assignment('3', '丙'), assignment('4', '丁'), assignment('5', '戊')],
      [visit('2', 'returned', '收入证明缺失'), visit('5', 'accepted')],
      [queued('3'), queued('4', '必答指标未作答')],
    );
    expect(rows.map((r) => [r.headName, r.state])).toEqual([
      ['丁', 'rejected'],
      ['乙', 'returned'],
      ['甲', 'todo'],
      ['丙', 'queued'],
      ['戊', 'accepted'],
    ]);
    expect(rows[1].reviewComment).toBe('收入证明缺失');
    expect(filterRows(rows, 'todo', '').map((r) => r.headName)).toEqual(['丁', '乙', '甲']);
    expect(filterRows(rows, 'all', '丙').map((r) => r.headName)).toEqual(['丙']);
  });
});
