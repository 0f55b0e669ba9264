import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { LedgerFilters } from './types';

export const LedgerPageDocument = graphql(`
  query LedgerPage($cycleId: ID!, $filter: LedgerFilter, $first: Int, $after: String) {
    ledger(cycleId: $cycleId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...LedgerItemFields
        }
      }
    }
  }
`);

export function filterInput(filters: LedgerFilters) {
  return {
    state: filters.state ?? null,
    areaId: filters.areaId ?? null,
    ownerId: filters.ownerId ?? null,
    overdue: filters.overdue ?? null,
  };
}

/** One Relay page at a time: a stack of `after` cursors for previous/next. */
export function useLedgerPage(cycleId: string, filters: LedgerFilters, size = 20) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const key = JSON.stringify([cycleId, filters]);
  useEffect(() => setCursors([null]), [key]);
  const after = cursors[cursors.length - 1] ?? null;
  const [result, reexecute] = useQuery({
    query: LedgerPageDocument,
    variables: { cycleId, filter: filterInput(filters), first: size, after },
  });
  const connection = result.data?.ledger;
  return {
    items: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount,
    page: cursors.length,
    hasNext: !!connection?.pageInfo.hasNextPage,
    hasPrev: cursors.length > 1,
    next: () => {
      const end = connection?.pageInfo.endCursor;
      if (end) setCursors((stack) => [...stack, end]);
    },
    prev: () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
    fetching: result.fetching,
    error: result.error,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
