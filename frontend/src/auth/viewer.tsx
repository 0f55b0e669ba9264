/**
 * Who is signed in: the `me` query, loaded once for the whole app.
 *
 *   const { viewer } = useViewer();
 *   if (can(viewer, 'ledger', 'write')) …
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      kind
      displayName
      readOnly
      memberships {
        role
        roleLabel
        town {
          id
          name
        }
        area {
          id
          name
        }
        village {
          id
          name
        }
        office {
          id
          name
        }
      }
      permissions {
        domain
        resource
        action
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;
export type Role = Viewer['memberships'][number]['role'];

type ViewerState = {
  viewer: Viewer | null;
  fetching: boolean;
  error: CombinedError | undefined;
  /** Ask the server again (after sign-in). */
  refresh: () => void;
};

const ViewerContext = createContext<ViewerState | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: ViewerDocument });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const value = useMemo<ViewerState>(
    () => ({
      viewer: result.data?.me ?? null,
      fetching: result.fetching || (result.data === undefined && result.error === undefined),
      error: result.error,
      refresh,
    }),
    [result.data, result.fetching, result.error, refresh],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const value = useContext(ViewerContext);
  if (value === null) throw new Error('useViewer() needs <ViewerProvider>');
  return value;
}

/** Whether the viewer may `action` on `resource` in some town or county (policies/policy.csv). */
export function can(viewer: Viewer | null, resource: string, action: string): boolean {
  return !!viewer?.permissions.some((p) => p.resource === resource && p.action === action);
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer?.memberships.some((m) => roles.includes(m.role));
}

/** The membership to introduce the viewer by (the first one). */
export function primaryMembership(viewer: Viewer | null) {
  return viewer?.memberships[0] ?? null;
}

/** "马站镇 乡镇扶贫办" — where and what the viewer is. */
export function roleText(viewer: Viewer | null): string {
  const membership = primaryMembership(viewer);
  if (!membership) return '';
  const place = membership.village?.name ?? membership.area?.name ?? membership.office?.name ?? membership.town?.name;
  return [membership.town?.name, place !== membership.town?.name ? place : null, membership.roleLabel]
    .filter(Boolean)
    .join(' ');
}
