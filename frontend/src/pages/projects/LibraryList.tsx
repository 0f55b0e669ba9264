import { Alert, Card, Empty, Table, Tag } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { ProjectLibraryQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { day, yuan } from './money';
import { useScope } from './scope';
import { useProjectText } from './texts';

const ProjectLibraryDocument = graphql(`
  query ProjectLibrary($townId: ID!, $year: Int) {
    projectLibrary(townId: $townId, year: $year, first: 100) {
      totalCount
      edges {
        node {
          id
          villageId
          year
          name
          plannedInvestment
          state
          stateLabel
          appliedAt
          decidedAt
          decisionNote
        }
      }
    }
  }
`);

type Row = ProjectLibraryQuery['projectLibrary']['edges'][number]['node'];
const COLORS: Record<string, string> = { approved: 'green', rejected: 'red', applied: 'blue' };

/** 项目库: what the villages applied for and what the town decided. */
export function LibraryList() {
  const text = useProjectText();
  const { t } = useI18n();
  const scope = useScope();
  const [result] = useQuery({
    query: ProjectLibraryDocument,
    variables: { townId: scope.townId ?? '', year: scope.year },
    pause: !scope.townId,
  });
  const rows = result.data?.projectLibrary.edges.map((e) => e.node) ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <Card size="small" title={text('tab.library')}>
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={result.fetching}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={text('libraryEmpty')} /> }}
        columns={[
          { title: text('name'), dataIndex: 'name' },
          { title: text('village'), dataIndex: 'villageId', render: (id: string) => scope.villageName(id) },
          { title: text('planned'), dataIndex: 'plannedInvestment', align: 'right', render: yuan },
          { title: text('state'), dataIndex: 'stateLabel', render: (label: string, row) => <Tag color={COLORS[row.state]}>{label}</Tag> },
          { title: text('appliedAt'), dataIndex: 'appliedAt', render: day },
          { title: text('decisionNote'), dataIndex: 'decisionNote', render: (v: string) => v || '—' },
        ]}
      />
    </Card>
  );
}
