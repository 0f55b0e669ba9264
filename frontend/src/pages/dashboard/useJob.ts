/**
 * Follows a background job through `node(id)` until it is done or failed.
 */
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const JobDocument = graphql(`
  query DashboardJob($id: ID!) {
    node(id: $id) {
      ... on Job {
        id
        kind
        status
        progress
        total
        error
        finishedAt
      }
    }
  }
`);

export type JobState = { status: string; progress: number; total: number; error?: string | null };

export function useJob(jobId: string | null, intervalMs = 800): JobState | null {
  const [result, reexecute] = useQuery({
    query: JobDocument,
    variables: { id: jobId ?? '' },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const node = result.data?.node;
  const job = node && 'status' in node ? node : null;
  const finished = job?.status === 'done' || job?.status === 'failed';

  useEffect(() => {
    if (!jobId || finished || result.fetching) return undefined;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), intervalMs);
    return () => window.clearTimeout(timer);
  }, [jobId, finished, intervalMs, result.fetching, result.data, reexecute]);

  if (!jobId) return null;
  if (!job) return { status: 'queued', progress: 0, total: 0 };
  return { status: job.status, progress: job.progress, total: job.total, error: job.error };
}
