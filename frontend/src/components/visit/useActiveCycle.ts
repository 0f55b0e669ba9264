import { useQuery } from 'urql';
import { ActiveCyclesDocument } from './documents';

/** The active cycle the visit pages work in (the first one, as on the home page). */
export function useActiveCycle() {
  const [result, reexecute] = useQuery({ query: ActiveCyclesDocument });
  const cycle = result.data?.cycles[0] ?? null;
  return { cycle, fetching: result.fetching && !result.data, error: result.error, reexecute };
}
