import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { RegistryJobQuery } from '../../gql/graphql';

const RegistryJobDocument = graphql(`
  query RegistryJob($id: ID!) {
    node(id: $id) {
      ... on Job {
        id
        kind
        status
        progress
        total
        result
        error
        finishedAt
      }
    }
  }
`);

export type JobState = Extract<NonNullable<RegistryJobQuery['node']>, { status: string }>;

export function isFinished(job: JobState | null): boolean {
  return job?.status === 'done' || job?.status === 'failed';
}

/** Follows a background job through `node(id)` every `intervalMs` until it is done or failed. */
export function useJob(id: string | null, intervalMs = 1000) {
  const [result, reexecute] = useQuery({
    query: RegistryJobDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const node = result.data?.node;
  const job = node && 'status' in node ? node : null;
  const finished = isFinished(job);
  useEffect(() => {
    if (!id || finished || result.fetching) return undefined;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), intervalMs);
    return () => clearTimeout(timer);
  }, [id, finished, result.fetching, result.data, reexecute, intervalMs]);
  return { job, error: result.error };
}
