import { Alert, Card, Empty, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { ClearanceBy } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';

const ClearanceDocument = graphql(`
  query LedgerClearance($cycleId: ID!, $by: ClearanceBy!) {
    clearance(cycleId: $cycleId, by: $by) {
      name
      total
      open
      overdue
      signedOff
      onTime
      onTimeRate
      cleared
    }
  }
`);

const GROUPINGS: ClearanceBy[] = ['TOWN', 'AREA', 'VILLAGE', 'CADRE'];

/** 清零: open, overdue and signed-off items by town, area, village or cadre. */
export function ClearanceCard({ cycleId }: { cycleId: string }) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const [by, setBy] = useState<ClearanceBy>('AREA');
  const [result] = useQuery({ query: ClearanceDocument, variables: { cycleId, by }, requestPolicy: 'cache-and-network' });
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  type Row = NonNullable<typeof result.data>['clearance'][number];

  return (
    <Card
      size="small"
      title={lt('tab.stats')}
      extra={<Segmented size="small" value={by} onChange={(v) => setBy(v as ClearanceBy)} options={GROUPINGS.map((g) => ({ value: g, label: lt(`by.${g}`) }))} />}
      data-testid="clearance"
    >
      {problem && <Alert type="error" showIcon message={problem} />}
      <Table<Row>
        rowKey="name"
        size="small"
        loading={result.fetching}
        dataSource={result.data?.clearance ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={lt('clearanceEmpty')} /> }}
        columns={[
          { title: lt('clr.name'), dataIndex: 'name' },
          { title: lt('clr.total'), dataIndex: 'total', align: 'right' },
          { title: lt('clr.open'), dataIndex: 'open', align: 'right' },
          { title: lt('clr.overdue'), dataIndex: 'overdue', align: 'right', render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n) },
          { title: lt('clr.signedOff'), dataIndex: 'signedOff', align: 'right' },
          { title: lt('clr.onTimeRate'), dataIndex: 'onTimeRate', align: 'right', render: (r: number | null) => (r === null ? '—' : `${r.toFixed(1)}%`) },
          { title: lt('clr.cleared'), dataIndex: 'cleared', render: (c: boolean) => <Tag color={c ? 'green' : 'default'}>{c ? lt('clr.yes') : lt('clr.no')}</Tag> },
        ]}
      />
    </Card>
  );
}
