/** Follows a background job through `node(id)`, with its JSON result, until it finishes. */
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ProjectsJobDocument = graphql(`
  query ProjectsJob($id: ID!) {
    node(id: $id) {
      ... on Job {
        id
        status
        progress
        total
        result
        error
      }
    }
  }
`);

export type JobResult = { status: string; progress: number; total: number; result: unknown; error?: string | null };

export function useJobResult(jobId: string | null, intervalMs = 800): JobResult | null {
  const [result, reexecute] = useQuery({
    query: ProjectsJobDocument,
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
  if (!job) return { status: 'queued', progress: 0, total: 0, result: null };
  return { status: job.status, progress: job.progress, total: job.total, result: job.result, error: job.error };
}
