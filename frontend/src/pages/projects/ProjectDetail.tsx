import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Result, Space, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n';
import { ProjectBasics } from './ProjectBasics';
import { ProjectFindingsTable } from './ProjectFindingsTable';
import { AdjustmentsView, AssetsView, FundsView, OperationView } from './ProjectRecords';
import { ProjectDetailDocument } from './projectDetailQuery';
import { useScope } from './scope';
import { useProjectText } from './texts';

/** One project: basics and permits, adjustments, assets, operation, funds, its findings. */
export function ProjectDetail() {
  const { projectId = '' } = useParams();
  const text = useProjectText();
  const { t } = useI18n();
  const { cycleId } = useScope();
  const [result] = useQuery({ query: ProjectDetailDocument, variables: { id: projectId } });
  const node = result.data?.node;
  const project = node && 'plannedContent' in node ? node : null;
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="project-detail">
      <Link to="..">
        <ArrowLeftOutlined /> {text('back')}
      </Link>
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      {result.fetching && !result.data ? <PageLoading /> : null}
      {result.data && !project ? <Result status="404" title={text('notFound')} /> : null}
      {project ? (
        <Card size="small" title={<Typography.Text strong>{project.name}</Typography.Text>}>
          <Tabs
            items={[
              { key: 'basics', label: text('detail.basics'), children: <ProjectBasics project={project} /> },
              { key: 'adjustments', label: text('detail.adjustments'), children: <AdjustmentsView project={project} /> },
              { key: 'assets', label: text('detail.assets'), children: <AssetsView project={project} /> },
              { key: 'operation', label: text('detail.operation'), children: <OperationView project={project} /> },
              { key: 'funds', label: text('detail.funds'), children: <FundsView project={project} /> },
              {
                key: 'findings',
                label: text('rules.projectFindings'),
                children: cycleId ? <ProjectFindingsTable cycleId={cycleId} projectId={project.id} /> : text('rules.needCycle'),
              },
            ]}
          />
        </Card>
      ) : null}
    </Space>
  );
}
