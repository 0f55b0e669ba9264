/** The cadre's households with what happened to each: assignments + visits + the outbox. */
import type { VisitSubmission } from '../../components/visit/formModel';
import type { CycleVisitsQuery, VisitMyAssignmentsQuery } from '../../gql/graphql';
import type { OutboxItem } from '../../offline/outbox';

export type RowState = 'todo' | 'queued' | 'rejected' | 'submitted' | 'returned' | 'accepted';

export type VisitRow = {
  householdId: string;
  headName: string;
  state: RowState;
  reviewComment: string;
  outboxError: string | null;
};

type Assignment = VisitMyAssignmentsQuery['myAssignments'][number];
type Visit = CycleVisitsQuery['visits']['edges'][number]['node'];

const RANK: Record<RowState, number> = { rejected: 0, returned: 1, todo: 2, queued: 3, submitted: 4, accepted: 5 };

export function visitRows(
  assignments: readonly Assignment[],
  visits: readonly Visit[],
  outbox: readonly OutboxItem<VisitSubmission>[],
): VisitRow[] {
  const visitBy = new Map(visits.map((v) => [v.householdId, v]));
  const outboxBy = new Map(outbox.map((item) => [item.payload.input.householdId, item]));
  const rows: VisitRow[] = [];
  for (const assignment of assignments) {
    if (!assignment.householdId) continue;
    const visit = visitBy.get(assignment.householdId);
    const waiting = outboxBy.get(assignment.householdId);
    let state: RowState = 'todo';
    if (waiting) state = waiting.error ? 'rejected' : 'queued';
    else if (visit && (visit.state === 'returned' || visit.state === 'accepted' || visit.state === 'submitted')) state = visit.state;
    else if (assignment.done) state = 'submitted';
    rows.push({
      householdId: assignment.householdId,
      headName: assignment.headName ?? waiting?.payload.headName ?? visit?.headName ?? '',
      state,
      reviewComment: visit?.state === 'returned' ? visit.reviewComment : '',
      outboxError: waiting?.error ?? null,
    });
  }
  return rows.sort((a, b) => RANK[a.state] - RANK[b.state]);
}

export type Filter = 'todo' | 'returned' | 'all';

export function filterRows(rows: readonly VisitRow[], filter: Filter, search: string): VisitRow[] {
  const needle = search.trim();
  return rows.filter((row) => {
    if (needle && !row.headName.includes(needle)) return false;
    if (filter === 'todo') return row.state === 'todo' || row.state === 'returned' || row.state === 'rejected';
    if (filter === 'returned') return row.state === 'returned' || row.state === 'rejected';
    return true;
  });
}
