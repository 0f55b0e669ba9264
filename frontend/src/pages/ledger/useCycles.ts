import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const LedgerCyclesDocument = graphql(`
  query LedgerCycles {
    cycles {
      id
      name
      year
      state
      rectStart
      rectEnd
    }
  }
`);

/** The cycles the viewer may see and the one chosen (`?cycle=`; else the newest active). */
export function useCycles() {
  const [result, reexecute] = useQuery({ query: LedgerCyclesDocument });
  const [params, setParams] = useSearchParams();
  const cycles = useMemo(() => result.data?.cycles ?? [], [result.data]);
  const wanted = params.get('cycle');
  const cycle =
    cycles.find((c) => c.id === wanted) ?? cycles.find((c) => c.state === 'active') ?? cycles[0] ?? null;
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('cycle', id);
    setParams(next, { replace: true });
  };
  return { cycles, cycle, choose, fetching: result.fetching, error: result.error, retry: () => reexecute({ requestPolicy: 'network-only' }) };
}

export type CycleChoice = ReturnType<typeof useCycles>['cycles'][number];
