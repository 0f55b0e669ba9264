import { useCallback, useEffect, useState } from 'react';
import { useClient, type CombinedError, type OperationResult } from 'urql';
import { graphql } from '../../gql';
import type { LedgerItemDetailFragment, LedgerItemSearchQuery } from '../../gql/graphql';

export const LedgerItemDetailFragmentDoc = graphql(`
  fragment LedgerItemDetail on LedgerItem {
    ...LedgerItemFields
    transitions {
      fromState
      toState
      actorId
      reason
      evidence
      at
    }
  }
`);

const LedgerItemSearchDocument = graphql(`
  query LedgerItemSearch($cycleId: ID!, $after: String) {
    ledger(cycleId: $cycleId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LedgerItemDetail
        }
      }
    }
  }
`);

export type LedgerItemDetail = LedgerItemDetailFragment;

/**
 * One item with its history. The API cannot fetch a LedgerItem by id (`node` does not
 * resolve it), so this walks the cycle's ledger a hundred at a time until it finds it.
 */
export function useLedgerItem(cycleId: string | null, itemId: string) {
  const client = useClient();
  const [item, setItem] = useState<LedgerItemDetail | null>(null);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<CombinedError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!cycleId) return undefined;
    let live = true;
    (async () => {
      setFetching(true);
      setError(null);
      let after: string | null = null;
      for (;;) {
        const result: OperationResult<LedgerItemSearchQuery> = await client
          .query(LedgerItemSearchDocument, { cycleId, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (!live) return;
        if (result.error) {
          setError(result.error);
          break;
        }
        const connection: LedgerItemSearchQuery['ledger'] | undefined = result.data?.ledger;
        const found = connection?.edges.find((e) => e.node.id === itemId)?.node;
        if (found) {
          setItem(found);
          break;
        }
        if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) {
          setItem(null);
          break;
        }
        after = connection.pageInfo.endCursor;
      }
      setFetching(false);
    })();
    return () => {
      live = false;
    };
  }, [client, cycleId, itemId, version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { item, fetching, error, refresh };
}
