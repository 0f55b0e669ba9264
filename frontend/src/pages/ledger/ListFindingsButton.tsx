import { UnorderedListOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useMutation } from 'urql';
import { useErrorReporter } from '../../api/errors';
import { graphql } from '../../gql';
import { useLedgerText } from './messages';

const ListCycleFindingsDocument = graphql(`
  mutation ListCycleFindings($cycleId: ID!) {
    listCycleFindings(cycleId: $cycleId) {
      count
      errors {
        code
        message
        field
      }
    }
  }
`);

/** The town admin puts every open finding of the cycle into the ledger. */
export function ListFindingsButton({ cycleId, onDone }: { cycleId: string; onDone: () => void }) {
  const { lt } = useLedgerText();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [{ fetching }, list] = useMutation(ListCycleFindingsDocument);

  const run = async () => {
    const { data, error } = await list({ cycleId }, { additionalTypenames: ['LedgerItem'] });
    if (report(error, data?.listCycleFindings.errors)) return;
    const count = data?.listCycleFindings.count ?? 0;
    void message.success(count > 0 ? lt('listedCount', { count }) : lt('listedNone'));
    onDone();
  };

  return (
    <Popconfirm title={lt('listFindings')} description={<div style={{ maxWidth: 320 }}>{lt('listFindingsConfirm')}</div>} onConfirm={run} okText={lt('confirm')} cancelText={lt('cancel')}>
      <Button type="primary" icon={<UnorderedListOutlined />} loading={fetching} data-testid="list-findings">
        {lt('listFindings')}
      </Button>
    </Popconfirm>
  );
}
