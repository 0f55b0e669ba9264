import { Alert, Card, Empty, Space, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { graphql } from '../../gql';
import type { DepartmentListsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ImportListCard } from './ImportListCard';
import { day, yuan } from './money';
import { useScope } from './scope';
import { useProjectText } from './texts';

const DepartmentListsDocument = graphql(`
  query DepartmentLists($townId: ID!, $year: Int!) {
    departmentLists(townId: $townId, year: $year) {
      id
      kind
      kindLabel
      year
      label
      filename
      rowCount
      totalAmount
      importedAt
    }
  }
`);

type Row = DepartmentListsQuery['departmentLists'][number];

/** 部门名单 of the year (低保、特困…) and the import. */
export function DepartmentLists() {
  const text = useProjectText();
  const { t } = useI18n();
  const { viewer } = useViewer();
  const scope = useScope();
  const [result, reexecute] = useQuery({
    query: DepartmentListsDocument,
    variables: { townId: scope.townId ?? '', year: scope.year },
    pause: !scope.townId,
  });
  const rows = result.data?.departmentLists ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const mayImport = can(viewer, 'sector', 'write') && !viewer?.readOnly;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {mayImport && scope.townId ? (
        <ImportListCard townId={scope.townId} year={scope.year} onImported={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      <Card size="small" title={text('tab.lists')}>
        {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={result.fetching}
          dataSource={rows}
          scroll={{ x: true }}
          pagination={false}
          data-testid="department-lists"
          locale={{ emptyText: <Empty description={text('lists.empty')} /> }}
          columns={[
            { title: text('lists.kind'), dataIndex: 'kindLabel', render: (v: string, row) => <Link to={`/projects/lists/${encodeURIComponent(row.id)}`}>{v}</Link> },
            { title: text('lists.label'), dataIndex: 'label', render: (v: string, row) => v || row.filename },
            { title: text('lists.rows'), dataIndex: 'rowCount', align: 'right' },
            { title: text('lists.total'), dataIndex: 'totalAmount', align: 'right', render: yuan },
            { title: text('lists.importedAt'), dataIndex: 'importedAt', render: day },
            { title: '', key: 'open', render: (_, row) => <Link to={`/projects/lists/${encodeURIComponent(row.id)}`}>{text('lists.entries')}</Link> },
          ]}
        />
      </Card>
    </Space>
  );
}
