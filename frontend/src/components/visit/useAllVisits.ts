import { useEffect, useState } from 'react';
import { useClient, type CombinedError, type OperationResult } from 'urql';
import type { CycleVisitsQuery } from '../../gql/graphql';
import { CycleVisitsDocument } from './documents';

export type VisitNode = CycleVisitsQuery['visits']['edges'][number]['node'];

const PAGE = 100; // the API's largest page

/** Every self-check visit of the cycle the viewer may see (all pages), reloaded on `refresh`. */
export function useAllVisits(cycleId: string | null, state: string | null, refresh: number) {
  const client = useClient();
  const [visits, setVisits] = useState<VisitNode[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [fetching, setFetching] = useState(false);

  useEffect(() => {
    if (!cycleId) return undefined;
    let cancelled = false;
    setFetching(true);
    (async () => {
      const found: VisitNode[] = [];
      let after: string | null = null;
      for (;;) {
        const result: OperationResult<CycleVisitsQuery> = await client
          .query(CycleVisitsDocument, { cycleId, state, first: PAGE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setError(result.error ?? null);
          break;
        }
        setError(null);
        found.push(...result.data.visits.edges.map((edge) => edge.node));
        const { hasNextPage, endCursor } = result.data.visits.pageInfo;
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      if (!cancelled) setVisits(found);
    })().finally(() => {
      if (!cancelled) setFetching(false);
    });
    return () => {
      cancelled = true;
    };
  }, [client, cycleId, state, refresh]);

  return { visits, error, fetching };
}
