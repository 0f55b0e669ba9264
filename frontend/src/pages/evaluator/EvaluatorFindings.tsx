import { Alert, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { PagerBar } from '../../components/registry/PagerBar';
import { useTexts } from '../../components/registry/texts';
import { useCursorPages } from '../../components/registry/useCursorPages';
import { graphql } from '../../gql';
import type { EvaluatorFindingsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { TEXTS } from './texts';

const EvaluatorFindingsDocument = graphql(`
  query EvaluatorFindings($cycleId: ID!, $state: String, $first: Int!, $after: String) {
    findings(cycleId: $cycleId, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
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

type Row = EvaluatorFindingsQuery['findings']['edges'][number]['node'];
const SEVERITY_COLOR: Record<string, string> = { critical: 'red', major: 'orange', minor: 'gold' };
const STATE_COLOR: Record<string, string> = { open: 'red', fixed_on_spot: 'green', withdrawn: 'default' };

/** A cycle's findings, read-only. */
export function EvaluatorFindings({ cycleId }: { cycleId: string }) {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const [state, setState] = useState<string | undefined>(undefined);
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(() => reset(), [cycleId, state, reset]);
  const [result] = useQuery({
    query: EvaluatorFindingsDocument,
    variables: { cycleId, state: state ?? null, first: 20, after: pages.after },
  });
  const connection = result.data?.findings;
  const problem = errorMessage(result.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') });
  const label = (prefix: 'state' | 'source' | 'severity', value: string) => {
    const key = `${prefix}.${value}` as keyof typeof TEXTS;
    return key in TEXTS ? t(key) : value;
  };
  const columns: ColumnsType<Row> = [
    { key: 'checkpoint', title: t('checkpoint'), render: (_, row) => <Typography.Text code>{row.checkpoint}</Typography.Text> },
    {
      key: 'severity',
      title: t('severity'),
      render: (_, row) => <Tag color={SEVERITY_COLOR[row.severity] ?? 'default'}>{label('severity', row.severity)}</Tag>,
    },
    { key: 'description', title: t('description'), render: (_, row) => <div style={{ minWidth: 200, maxWidth: 520 }}>{row.description}</div> },
    { key: 'state', title: t('state'), render: (_, row) => <Tag color={STATE_COLOR[row.state] ?? 'default'}>{label('state', row.state)}</Tag> },
    { key: 'source', title: t('source'), responsive: ['md'], render: (_, row) => label('source', row.source) },
    { key: 'found', title: t('found'), responsive: ['lg'], render: (_, row) => dayjs(row.createdAt).format('YYYY-MM-DD') },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        placeholder={t('allStates')}
        value={state}
        onChange={setState}
        style={{ minWidth: 160 }}
        options={['open', 'fixed_on_spot', 'withdrawn'].map((value) => ({ value, label: label('state', value) }))}
      />
      {problem && <Alert type="error" showIcon message={problem} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        loading={result.fetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noFindings')} /> }}
        data-testid="evaluator-findings"
      />
      {connection && (
        <PagerBar
          summary={t('findingTotal', { count: connection.totalCount })}
          pageLabel={t('page', { page: pages.page })}
          prevLabel={t('prev')}
          nextLabel={t('next')}
          hasPrevious={pages.page > 1}
          hasNext={connection.pageInfo.hasNextPage}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
          disabled={result.fetching}
        />
      )}
    </Space>
  );
}
