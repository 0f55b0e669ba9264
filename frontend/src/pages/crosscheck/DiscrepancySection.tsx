import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { shownValue } from '../../components/crosscheck/format';
import { useCrossText, useValueLabel } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import type { CrossDiscrepanciesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';

const CrossDiscrepanciesDocument = graphql(`
  query CrossDiscrepancies($cycleId: ID!, $first: Int, $after: String) {
    discrepancies(cycleId: $cycleId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          findingId
          householdId
          headName
          checkpoint
          severity
          selfValue
          crossValue
          selfCadre
          crossCadre
        }
      }
    }
  }
`);

type Row = CrossDiscrepanciesQuery['discrepancies']['edges'][number]['node'];
const SEVERITY_COLORS: Record<string, string> = { critical: 'red', major: 'volcano', minor: 'gold' };

/** Discrepancies, the self-check and cross-check answers side by side with both cadres. */
export function DiscrepancySection({ cycleId }: { cycleId: string }) {
  const ct = useCrossText();
  const { t } = useI18n();
  const label = useValueLabel();
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Row[]>([]);
  const [{ data, fetching, error }] = useQuery({
    query: CrossDiscrepanciesDocument,
    variables: { cycleId, first: 100, after },
    requestPolicy: 'cache-and-network',
  });
  const rows = [...earlier, ...(data?.discrepancies.edges.map((edge) => edge.node) ?? [])];
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const value = (v: unknown) => shownValue(v, ct('common.yes'), ct('common.no'));

  return (
    <Card
      size="small"
      title={ct('cc.disc.title')}
      data-testid="discrepancies"
      extra={data ? <Typography.Text type="secondary">{ct('cc.disc.count', { count: data.discrepancies.totalCount })}</Typography.Text> : null}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Table<Row>
        size="small"
        rowKey="findingId"
        loading={fetching && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: ct('cc.disc.empty') }}
        columns={[
          { title: ct('cc.hh.head'), dataIndex: 'headName', fixed: 'left' },
          { title: ct('cc.disc.checkpoint'), dataIndex: 'checkpoint' },
          {
            title: ct('cc.disc.severity'),
            dataIndex: 'severity',
            render: (severity: string) => <Tag color={SEVERITY_COLORS[severity]}>{label('cc.severity', severity)}</Tag>,
          },
          {
            title: ct('cc.disc.self'),
            children: [
              { title: ct('cc.disc.answer'), dataIndex: 'selfValue', key: 'selfValue', render: (v: unknown) => <Typography.Text>{value(v)}</Typography.Text> },
              { title: ct('cc.disc.selfCadre'), dataIndex: 'selfCadre', key: 'selfCadre' },
            ],
          },
          {
            title: ct('cc.disc.cross'),
            children: [
              { title: ct('cc.disc.answer'), dataIndex: 'crossValue', key: 'crossValue', render: (v: unknown) => <Typography.Text type="danger">{value(v)}</Typography.Text> },
              { title: ct('cc.disc.crossCadre'), dataIndex: 'crossCadre', key: 'crossCadre' },
            ],
          },
        ]}
      />
      {data?.discrepancies.pageInfo.hasNextPage && (
        <Space style={{ marginTop: 12 }}>
          <Button
            loading={fetching}
            onClick={() => {
              setEarlier(rows);
              setAfter(data.discrepancies.pageInfo.endCursor ?? null);
            }}
          >
            {ct('cc.teams.loadMore')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
