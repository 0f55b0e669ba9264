import { createContext, useContext } from 'react';

export type CrossCycle = { id: string; name: string; crossStart: string; crossEnd: string };

/** The cycle the cross-check pages show (chosen in CrosscheckPage). */
export const CycleContext = createContext<CrossCycle | null>(null);

export function useCrossCycle(): CrossCycle {
  const cycle = useContext(CycleContext);
  if (cycle === null) throw new Error('useCrossCycle() needs <CycleContext.Provider>');
  return cycle;
}
