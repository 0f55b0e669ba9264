/**
 * Every finding of a cycle raised by one rule source (`policy_rule`, `village_rule`). The
 * API has no source filter and pages by 100, so the pages are read here and filtered
 * (reported as an API gap).
 */
import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { RuleFindingsQuery } from '../../gql/graphql';

const RuleFindingsDocument = graphql(`
  query RuleFindings($cycleId: ID!, $after: String) {
    findings(cycleId: $cycleId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          householdId
          checkpoint
          severity
          source
          description
          state
          createdAt
        }
      }
    }
  }
`);

export type RuleFinding = RuleFindingsQuery['findings']['edges'][number]['node'];
const MAX_PAGES = 50;

export function useRuleFindings(cycleId: string, source: string) {
  const client = useClient();
  const [state, setState] = useState<{ rows: RuleFinding[]; fetching: boolean; error?: CombinedError }>({ rows: [], fetching: true });
  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, fetching: true }));
    void (async () => {
      const rows: RuleFinding[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result = await client.query(RuleFindingsDocument, { cycleId, after }, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ rows, fetching: false, error: result.error });
          return;
        }
        const connection: RuleFindingsQuery['findings'] = result.data.findings;
        rows.push(...connection.edges.map((e) => e.node).filter((f) => f.source === source));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? null;
      }
      setState({ rows, fetching: false });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, cycleId, source]);
  return state;
}
