import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Input, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { DepartmentListEntriesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { day, yuan } from './money';
import { useProjectText } from './texts';

const DepartmentListEntriesDocument = graphql(`
  query DepartmentListEntries($listId: ID!, $matched: Boolean, $search: String) {
    departmentListEntries(listId: $listId, matched: $matched, search: $search, first: 100) {
      totalCount
      edges {
        node {
          id
          rowNo
          name
          idNumber
          matched
          amount
          categoryLabel
          startOn
          endOn
          paidOn
        }
      }
    }
  }
`);

type Row = DepartmentListEntriesQuery['departmentListEntries']['edges'][number]['node'];
type Filter = 'all' | 'matched' | 'unmatched';

/** One department list's rows, matched against the registry. */
export function DepartmentEntries() {
  const { listId = '' } = useParams();
  const text = useProjectText();
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [result] = useQuery({
    query: DepartmentListEntriesDocument,
    variables: { listId, matched: filter === 'all' ? null : filter === 'matched', search: search || null },
  });
  const rows = result.data?.departmentListEntries.edges.map((e) => e.node) ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="../lists">
        <ArrowLeftOutlined /> {text('lists.back')}
      </Link>
      <Card
        size="small"
        title={`${text('lists.entries')}${result.data ? `（${result.data.departmentListEntries.totalCount}）` : ''}`}
        extra={
          <Space wrap>
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'all', label: text('lists.all') },
                { value: 'matched', label: text('lists.onlyMatched') },
                { value: 'unmatched', label: text('lists.onlyUnmatched') },
              ]}
            />
            <Input.Search allowClear placeholder={text('lists.search')} aria-label={text('lists.search')} onSearch={setSearch} style={{ width: 180 }} />
          </Space>
        }
      >
        {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={result.fetching}
          dataSource={rows}
          scroll={{ x: true }}
          pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={text('lists.entriesEmpty')} /> }}
          columns={[
            { title: text('lists.row'), dataIndex: 'rowNo', width: 64 },
            { title: text('name'), dataIndex: 'name' },
            { title: text('lists.idNumber'), dataIndex: 'idNumber', render: (v: string | null) => v ?? '—' },
            {
              title: text('lists.matched'),
              dataIndex: 'matched',
              render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{v ? text('yes') : text('no')}</Tag>,
            },
            { title: text('amount'), dataIndex: 'amount', align: 'right', render: yuan },
            { title: text('lists.category'), dataIndex: 'categoryLabel', render: (v: string | null) => v ?? '—' },
            { title: text('paidOn'), dataIndex: 'paidOn', render: day },
          ]}
        />
      </Card>
    </Space>
  );
}
