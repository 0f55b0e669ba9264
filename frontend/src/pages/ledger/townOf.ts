import type { Viewer } from '../../auth/viewer';

/**
 * The town to store evidence in: the viewer's (first) town membership. Only town cadres
 * work or appeal items, and each belongs to one town.
 */
export function townOf(viewer: Viewer | null): string | null {
  return viewer?.memberships.find((m) => m.town)?.town?.id ?? null;
}
