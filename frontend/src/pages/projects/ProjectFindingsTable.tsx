import { Alert, Empty, Table } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { ProjectFindingsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { day } from './money';
import { FindingStateTag, SeverityTag } from './SeverityTag';
import { useProjectText } from './texts';

export const ProjectFindingsDocument = graphql(`
  query ProjectFindings($cycleId: ID!, $projectId: ID) {
    projectFindings(cycleId: $cycleId, projectId: $projectId, first: 100) {
      totalCount
      edges {
        node {
          id
          projectId
          projectName
          checkpoint
          severity
          description
          state
          createdAt
        }
      }
    }
  }
`);

type Row = ProjectFindingsQuery['projectFindings']['edges'][number]['node'];

/** Findings the project rules raised (for a cycle, optionally one project). */
export function ProjectFindingsTable({ cycleId, projectId }: { cycleId: string; projectId?: string }) {
  const text = useProjectText();
  const { t } = useI18n();
  const [result] = useQuery({
    query: ProjectFindingsDocument,
    variables: { cycleId, projectId: projectId ?? null },
    requestPolicy: 'cache-and-network',
  });
  const rows = result.data?.projectFindings.edges.map((e) => e.node) ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <>
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={result.fetching}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        data-testid="project-findings"
        locale={{ emptyText: <Empty description={text('rules.empty')} /> }}
        columns={[
          ...(projectId ? [] : [{ title: text('project'), dataIndex: 'projectName' }]),
          { title: text('checkpoint'), dataIndex: 'checkpoint' },
          { title: text('severity'), dataIndex: 'severity', render: (v: string) => <SeverityTag severity={v} /> },
          { title: text('description'), dataIndex: 'description' },
          { title: text('state'), dataIndex: 'state', render: (v: string) => <FindingStateTag state={v} /> },
          { title: text('createdAt'), dataIndex: 'createdAt', render: day },
        ]}
      />
    </>
  );
}
