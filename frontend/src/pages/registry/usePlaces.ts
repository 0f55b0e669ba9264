import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const RegistryPlacesDocument = graphql(`
  query RegistryPlaces {
    towns(first: 100) {
      edges {
        node {
          id
          name
          areas(first: 100) {
            edges {
              node {
                id
                name
                villages(first: 100) {
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
        }
      }
    }
  }
`);

export type Place = { id: string; name: string };
export type AreaPlace = Place & { villages: Place[] };
export type TownPlace = Place & { areas: AreaPlace[] };

/** The towns, areas and villages the viewer may read, for the filters. */
export function usePlaces() {
  const [result] = useQuery({ query: RegistryPlacesDocument });
  const towns = useMemo<TownPlace[]>(
    () =>
      (result.data?.towns.edges ?? []).map(({ node: town }) => ({
        id: town.id,
        name: town.name,
        areas: town.areas.edges.map(({ node: area }) => ({
          id: area.id,
          name: area.name,
          villages: area.villages.edges.map(({ node: village }) => ({ id: village.id, name: village.name })),
        })),
      })),
    [result.data],
  );
  return { towns, fetching: result.fetching, error: result.error };
}
