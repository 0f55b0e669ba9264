import { Alert, Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { DecideAppealDialog } from './DecideAppealDialog';
import { useLedgerText } from './messages';

const AppealsDocument = graphql(`
  query LedgerAppeals($cycleId: ID!, $state: String) {
    appeals(cycleId: $cycleId, state: $state) {
      id
      findingId
      reason
      evidence
      state
      decisionReason
      decidedAt
      createdAt
    }
  }
`);

const STATE_COLORS: Record<string, string> = { pending: 'gold', upheld: 'blue', withdrawn: 'green' };

/** The cycle's appeals; the poverty office decides the pending ones. */
export function AppealsView({ cycleId }: { cycleId: string }) {
  const { lt, ltMaybe } = useLedgerText();
  const { t } = useI18n();
  const { viewer } = useViewer();
  const [state, setState] = useState<string>('pending');
  const [deciding, setDeciding] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: AppealsDocument,
    variables: { cycleId, state: state === 'all' ? null : state },
    requestPolicy: 'cache-and-network',
  });
  const mayDecide = can(viewer, 'ledger', 'decide') && !viewer?.readOnly;
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  type Row = NonNullable<typeof result.data>['appeals'][number];

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="ledger-appeals">
      <Segmented
        value={state}
        onChange={(v) => setState(String(v))}
        options={['pending', 'upheld', 'withdrawn', 'all'].map((s) => ({ value: s, label: s === 'all' ? lt('appealAll') : ltMaybe(`appeal.${s}`, s) }))}
      />
      {problem && <Alert type="error" showIcon message={problem} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={result.fetching}
        dataSource={result.data?.appeals ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={lt('appealsEmpty')} /> }}
        columns={[
          { title: lt('appealReason'), dataIndex: 'reason', render: (r: string) => <Typography.Paragraph style={{ margin: 0, maxWidth: 420 }}>{r}</Typography.Paragraph> },
          { title: lt('appealCreated'), dataIndex: 'createdAt', render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm') },
          { title: lt('col.state'), dataIndex: 'state', render: (s: string) => <Tag color={STATE_COLORS[s]}>{ltMaybe(`appeal.${s}`, s)}</Tag> },
          { title: lt('appealDecision'), dataIndex: 'decisionReason' },
          {
            title: '',
            key: 'act',
            render: (_, row) =>
              mayDecide && row.state === 'pending' ? (
                <Button size="small" onClick={() => setDeciding(row.id)}>
                  {lt('appealDecide')}
                </Button>
              ) : null,
          },
        ]}
      />
      {deciding && (
        <DecideAppealDialog
          appealId={deciding}
          onClose={() => setDeciding(null)}
          onDecided={() => {
            setDeciding(null);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Space>
  );
}
