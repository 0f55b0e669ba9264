import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { useErrorReporter } from '../../api/errors';
import { graphql } from '../../gql';

const RevealIdNumberDocument = graphql(`
  query RevealIdNumber($id: ID!) {
    node(id: $id) {
      ... on Member {
        id
        idNumberFull
      }
    }
  }
`);

const RevealPhoneDocument = graphql(`
  query RevealPhone($id: ID!) {
    node(id: $id) {
      ... on Household {
        id
        phoneFull
      }
    }
  }
`);

/**
 * Reads a full ID number or phone on request (the server audits every read), always from the
 * network, and keeps it only in this component's memory.
 */
export function useReveal(kind: 'idNumber' | 'phone', id: string) {
  const client = useClient();
  const report = useErrorReporter();
  const [value, setValue] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const reveal = useCallback(async () => {
    setLoading(true);
    try {
      if (kind === 'idNumber') {
        const { data, error } = await client.query(RevealIdNumberDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
        if (report(error)) return;
        const node = data?.node;
        setValue(node && 'idNumberFull' in node ? node.idNumberFull : null);
      } else {
        const { data, error } = await client.query(RevealPhoneDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
        if (report(error)) return;
        const node = data?.node;
        setValue(node && 'phoneFull' in node ? (node.phoneFull ?? null) : null);
      }
    } finally {
      setLoading(false);
    }
  }, [client, id, kind, report]);
  const hide = useCallback(() => setValue(null), []);
  return { value, loading, reveal, hide };
}
