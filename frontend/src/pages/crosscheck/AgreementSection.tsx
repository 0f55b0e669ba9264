import { Alert, Card, Empty, Segmented, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { AgreementChart } from '../../components/crosscheck/AgreementChart';
import { useCrossText } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import type { AgreementBy, CrossAgreementQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';

const CrossAgreementDocument = graphql(`
  query CrossAgreement($cycleId: ID!, $by: AgreementBy!) {
    agreement(cycleId: $cycleId, by: $by) {
      key
      name
      pairs
      percent
      kappa
    }
  }
`);

type Row = CrossAgreementQuery['agreement'][number];
const GROUPS = ['TOWN', 'AREA', 'CADRE'] as const satisfies readonly AgreementBy[];

/** Agreement rates of self- and cross-check answers: percent and Cohen's kappa. */
export function AgreementSection({ cycleId }: { cycleId: string }) {
  const ct = useCrossText();
  const { t } = useI18n();
  const [by, setBy] = useState<AgreementBy>('TOWN');
  const [{ data, fetching, error }] = useQuery({ query: CrossAgreementDocument, variables: { cycleId, by }, requestPolicy: 'cache-and-network' });
  const rows = data?.agreement ?? [];
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const hasData = rows.some((row) => row.pairs > 0);

  return (
    <Card
      size="small"
      title={ct('cc.agree.title')}
      data-testid="agreement"
      extra={
        <Segmented<AgreementBy>
          size="small"
          value={by}
          onChange={setBy}
          options={GROUPS.map((group) => ({ value: group, label: ct(`cc.agree.by.${group}`) }))}
        />
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {problem && <Alert type="error" showIcon message={problem} />}
        {fetching && !data ? (
          <Skeleton active />
        ) : hasData ? (
          <AgreementChart rows={rows.map((row) => ({ name: row.name, percent: row.percent ?? null, kappa: row.kappa ?? null }))} percentLabel={ct('cc.agree.percent')} kappaLabel={ct('cc.agree.kappa')} />
        ) : (
          !problem && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ct('cc.agree.empty')} />
        )}
        <Table<Row>
          size="small"
          rowKey={(row) => row.key ?? row.name}
          loading={fetching}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
          scroll={{ x: true }}
          locale={{ emptyText: ct('cc.agree.empty') }}
          columns={[
            { title: ct('cc.agree.name'), dataIndex: 'name' },
            { title: ct('cc.agree.pairs'), dataIndex: 'pairs', align: 'right' },
            {
              title: ct('cc.agree.percent'),
              dataIndex: 'percent',
              align: 'right',
              render: (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`),
            },
            {
              title: ct('cc.agree.kappa'),
              dataIndex: 'kappa',
              align: 'right',
              render: (value: number | null) => (value === null ? '—' : value.toFixed(2)),
            },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {ct('cc.agree.kappaNote')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
