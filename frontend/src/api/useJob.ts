/**
 * Follows a background job through `node(id)` every `intervalMs` until it is done or failed.
 * Used by every page that starts a job (registry import, department lists, scoring).
 */
import { useEffect } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import type { PollJobQuery } from '../gql/graphql';

const PollJobDocument = graphql(`
  query PollJob($id: ID!) {
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

/** The job as the server last reported it. */
export type JobState = Extract<NonNullable<PollJobQuery['node']>, { status: string }>;

/** What a progress display needs: the job, or a queued placeholder before its first answer. */
export type JobProgress = Pick<JobState, 'status' | 'progress' | 'total' | 'result' | 'error'>;

const QUEUED: JobProgress = { status: 'queued', progress: 0, total: 0, result: null, error: null };

export function isFinished(job: Pick<JobState, 'status'> | null | undefined): boolean {
  return job?.status === 'done' || job?.status === 'failed';
}

export type UseJob = {
  /** The job once the server has answered, else null. */
  job: JobState | null;
  /** null without an id; a queued placeholder until the first answer; then the job. */
  progress: JobProgress | null;
  /** The query's own error (network, permissions), not the job's. */
  error: CombinedError | undefined;
};

export function useJob(id: string | null, intervalMs = 800): UseJob {
  const [result, reexecute] = useQuery({
    query: PollJobDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const node = result.data?.node;
  const job = node && 'status' in node ? node : null;
  const finished = isFinished(job);

  useEffect(() => {
    if (!id || finished || result.fetching) return undefined;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), intervalMs);
    return () => window.clearTimeout(timer);
  }, [id, finished, intervalMs, result.fetching, result.data, reexecute]);

  return { job, progress: id ? (job ?? QUEUED) : null, error: result.error };
}
