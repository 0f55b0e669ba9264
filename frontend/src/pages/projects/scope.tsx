/**
 * What the projects area is looking at: the town (the viewer's own, or one the county picks),
 * the year and the evaluation cycle the rules record their findings in.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ProjectsScopeDocument = graphql(`
  query ProjectsScope {
    towns(first: 100) {
      edges {
        node {
          id
          name
          villages(first: 100) {
            edges {
              node {
                id
                name
                isKeyVillage
              }
            }
          }
        }
      }
    }
    cycles {
      id
      name
      year
      state
    }
  }
`);

type Town = { id: string; name: string };
type Cycle = { id: string; name: string; year: number; state: string };

export type Scope = {
  loading: boolean;
  error: ReturnType<typeof useQuery>[0]['error'];
  towns: Town[];
  townId: string | null;
  setTownId: (id: string) => void;
  year: number;
  setYear: (year: number) => void;
  cycles: Cycle[];
  cycleId: string | null;
  setCycleId: (id: string) => void;
  villageName: (id: string | null | undefined) => string;
};

/**
 * The town of a cycle: a Cycle has no `town` field, but its global ID is `Cycle:<town>:<id>`
 * and a town's is `Town:<town>` (reported as an API gap).
 */
export function cycleTownKey(cycleId: string): string | null {
  try {
    const [type, town] = atob(cycleId).split(':');
    return type === 'Cycle' && town ? town : null;
  } catch {
    return null;
  }
}

export function townKey(townId: string): string | null {
  try {
    const [type, town] = atob(townId).split(':');
    return type === 'Town' && town ? town : null;
  } catch {
    return null;
  }
}

const ScopeContext = createContext<Scope | null>(null);

export function ScopeProvider({ children }: { children: ReactNode }) {
  const [result] = useQuery({ query: ProjectsScopeDocument });
  const towns = useMemo(() => result.data?.towns.edges.map((e) => e.node) ?? [], [result.data]);
  const [chosenTown, setTownId] = useState<string | null>(null);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [chosenCycle, setCycleId] = useState<string | null>(null);
  const townId = chosenTown ?? towns[0]?.id ?? null;

  const cycles = useMemo(() => {
    const all = result.data?.cycles ?? [];
    const key = townId ? townKey(townId) : null;
    return all.filter((c) => !key || cycleTownKey(c.id) === key);
  }, [result.data, townId]);
  const ofYear = cycles.filter((c) => c.year === year);
  const cycleId =
    (chosenCycle && cycles.some((c) => c.id === chosenCycle) ? chosenCycle : null) ??
    ofYear.find((c) => c.state === 'active')?.id ??
    ofYear[0]?.id ??
    cycles.find((c) => c.state === 'active')?.id ??
    null;

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const town of towns) for (const v of town.villages.edges) map.set(v.node.id, v.node.name);
    return map;
  }, [towns]);

  const value: Scope = {
    loading: result.fetching && !result.data,
    error: result.error,
    towns,
    townId,
    setTownId: (id) => {
      setTownId(id);
      setCycleId(null);
    },
    year,
    setYear,
    cycles,
    cycleId,
    setCycleId,
    villageName: (id) => (id ? names.get(id) ?? '—' : '—'),
  };
  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}

export function useScope(): Scope {
  const value = useContext(ScopeContext);
  if (!value) throw new Error('useScope() needs <ScopeProvider>');
  return value;
}
