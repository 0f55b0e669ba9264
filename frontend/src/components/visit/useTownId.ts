import { useViewer } from '../../auth/viewer';

/**
 * The town to upload evidence to. The API's `Cycle` has no town id, so this is the viewer's
 * first membership with a town (cadres belong to one town).
 */
export function useTownId(): string | null {
  const { viewer } = useViewer();
  return viewer?.memberships.find((m) => m.town)?.town?.id ?? null;
}
