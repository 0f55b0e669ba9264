import { Alert, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { TownProjectsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ExportLink } from './ExportLink';
import { day, yuan } from './money';
import { useScope } from './scope';
import { useProjectText } from './texts';

const TownProjectsDocument = graphql(`
  query TownProjects($townId: ID!, $year: Int) {
    projects(townId: $townId, year: $year, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          villageId
          year
          approvedOn
          plannedInvestment
          contractAmount
          completedOn
          acceptedOn
          contractor
        }
      }
    }
  }
`);

type Row = TownProjectsQuery['projects']['edges'][number]['node'];

/** The town's projects of the year. */
export function ProjectList() {
  const text = useProjectText();
  const { t } = useI18n();
  const scope = useScope();
  const [result] = useQuery({
    query: TownProjectsDocument,
    variables: { townId: scope.townId ?? '', year: scope.year },
    pause: !scope.townId,
  });
  const rows = result.data?.projects.edges.map((e) => e.node) ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <Card
      size="small"
      title={
        <Space>
          {text('tab.projects')}
          {result.data ? <Typography.Text type="secondary">({result.data.projects.totalCount})</Typography.Text> : null}
        </Space>
      }
      extra={scope.townId ? <ExportLink name="projects.xlsx" params={{ townId: scope.townId, year: scope.year }} testId="export-projects" /> : null}
    >
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={result.fetching}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        data-testid="project-table"
        locale={{ emptyText: <Empty description={text('projectsEmpty')} /> }}
        columns={[
          { title: text('name'), dataIndex: 'name', render: (name: string, row) => <Link to={`project/${encodeURIComponent(row.id)}`}>{name}</Link> },
          { title: text('village'), dataIndex: 'villageId', render: (id: string) => scope.villageName(id) },
          { title: text('approvedOn'), dataIndex: 'approvedOn', render: day },
          { title: text('planned'), dataIndex: 'plannedInvestment', align: 'right', render: yuan },
          { title: text('contractAmount'), dataIndex: 'contractAmount', align: 'right', render: yuan },
          { title: text('completedOn'), dataIndex: 'completedOn', render: day },
          { title: text('acceptedOn'), dataIndex: 'acceptedOn', render: day },
          {
            title: '',
            key: 'open',
            render: (_, row) => (
              <Link to={`project/${encodeURIComponent(row.id)}`}>
                <Button size="small">{text('open')}</Button>
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
