import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const LedgerFilterOptionsDocument = graphql(`
  query LedgerFilterOptions($cycleId: ID!) {
    towns(first: 50) {
      edges {
        node {
          id
          name
          areas(first: 100) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    }
    ledger(cycleId: $cycleId, first: 100) {
      edges {
        node {
          id
          ownerId
          ownerName
        }
      }
    }
  }
`);

type Option = { value: string; label: string };

/**
 * Areas of the visible towns, and owners seen in the ledger (the API has no list of a
 * town's cadres; the first 100 items name nearly every owner).
 */
export function useFilterOptions(cycleId: string, refreshKey = 0) {
  const [result, reexecute] = useQuery({ query: LedgerFilterOptionsDocument, variables: { cycleId } });
  // An empty ledger names no owner: ask again once findings were listed.
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  return useMemo(() => {
    const towns = result.data?.towns.edges ?? [];
    const areas: Option[] = towns.flatMap(({ node: town }) =>
      town.areas.edges.map(({ node }) => ({
        value: node.id,
        label: towns.length > 1 ? `${town.name} ${node.name}` : node.name,
      })),
    );
    const owners = new Map<string, string>();
    for (const { node } of result.data?.ledger.edges ?? []) owners.set(node.ownerId, node.ownerName);
    const ownerOptions: Option[] = [...owners].map(([value, label]) => ({ value, label }));
    ownerOptions.sort((a, b) => a.label.localeCompare(b.label, 'zh'));
    return { areas, owners: ownerOptions, fetching: result.fetching };
  }, [result.data, result.fetching]);
}
