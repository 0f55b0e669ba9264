import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Place } from './usePlaces';

/**
 * The schema has no list of a town's cadres; the cadres who hold assignments in the active
 * cycles (`progress(by: CADRE)`, keyed by user ID) are the ones households are assigned to.
 */
const RegistryCadresDocument = graphql(`
  query RegistryCadres {
    cycles(state: "active") {
      id
      progress(by: CADRE) {
        key
        name
      }
    }
  }
`);

export function useCadres() {
  const [result] = useQuery({ query: RegistryCadresDocument });
  const cadres = useMemo<Place[]>(() => {
    const byId = new Map<string, string>();
    for (const cycle of result.data?.cycles ?? []) {
      for (const row of cycle.progress) if (row.key) byId.set(row.key, row.name);
    }
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }, [result.data]);
  return { cadres, fetching: result.fetching };
}
