import { Alert, Input, Space, Table, Typography, Empty } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { CategoryTag } from '../../components/registry/CategoryTag';
import { DownloadButton } from '../../components/registry/DownloadButton';
import { downloadUrl } from '../../components/registry/download';
import { PagerBar } from '../../components/registry/PagerBar';
import { RiskTags } from '../../components/registry/RiskTags';
import { useTexts } from '../../components/registry/texts';
import { useCursorPages } from '../../components/registry/useCursorPages';
import { graphql } from '../../gql';
import type { EvaluatorHouseholdsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { TEXTS } from './texts';

const EvaluatorHouseholdsDocument = graphql(`
  query EvaluatorHouseholds($first: Int!, $after: String, $filter: HouseholdFilterInput) {
    households(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          headName
          category
          categoryLabel
          phone
          village {
            id
            name
          }
          riskFlags {
            flag
            label
          }
          members {
            id
            name
            relationLabel
            idNumber
            age
          }
        }
      }
    }
  }
`);

type Row = EvaluatorHouseholdsQuery['households']['edges'][number]['node'];
type MemberRow = Row['members'][number];

/** The town's households exactly as the API masks them; members in an expandable row. */
export function EvaluatorHouseholds({ townId }: { townId: string | undefined }) {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(() => reset(), [townId, search, reset]);
  const [result] = useQuery({
    query: EvaluatorHouseholdsDocument,
    variables: { first: 20, after: pages.after, filter: { townId: townId ?? null, search: search || null } },
  });
  const connection = result.data?.households;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const problem = errorMessage(result.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') });

  const columns: ColumnsType<Row> = [
    { key: 'head', title: t('head'), render: (_, row) => <Typography.Text strong>{row.headName}</Typography.Text> },
    { key: 'village', title: t('village'), render: (_, row) => row.village?.name ?? '—' },
    { key: 'category', title: t('category'), render: (_, row) => <CategoryTag category={row.category} label={row.categoryLabel} /> },
    { key: 'phone', title: t('phone'), responsive: ['sm'], render: (_, row) => <span data-testid="evaluator-phone">{row.phone ?? '—'}</span> },
    { key: 'risk', title: t('risk'), responsive: ['md'], render: (_, row) => <RiskTags flags={row.riskFlags} /> },
  ];
  const memberColumns: ColumnsType<MemberRow> = [
    { key: 'name', title: t('name'), dataIndex: 'name' },
    { key: 'relation', title: t('relation'), dataIndex: 'relationLabel' },
    {
      key: 'id',
      title: t('idNumber'),
      render: (_, m) => (
        <Typography.Text code data-testid="evaluator-id-number">
          {m.idNumber}
        </Typography.Text>
      ),
    },
    { key: 'age', title: t('age'), dataIndex: 'age' },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between' }}>
        <Input.Search allowClear placeholder={t('search')} onSearch={(value) => setSearch(value.trim())} style={{ maxWidth: 360 }} data-testid="evaluator-search" />
        <DownloadButton url={downloadUrl('households.xlsx', { townId, search })} filename="户籍台账.xlsx">
          {t('export')}
        </DownloadButton>
      </div>
      {problem && <Alert type="error" showIcon message={problem} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={result.fetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (row) => (
            <Table<MemberRow> rowKey="id" size="small" columns={memberColumns} dataSource={row.members} pagination={false} scroll={{ x: 'max-content' }} />
          ),
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHouseholds')} /> }}
        data-testid="evaluator-households"
      />
      {connection && (
        <PagerBar
          summary={t('total', { count: connection.totalCount })}
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
