import { Alert, Menu, Space, Typography } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n';
import NotFoundPage from '../errors/NotFoundPage';
import { DepartmentEntries } from './DepartmentEntries';
import { DepartmentLists } from './DepartmentLists';
import { KeyVillages } from './KeyVillages';
import { LibraryList } from './LibraryList';
import { ProgramRegisters } from './ProgramRegisters';
import { ProjectDetail } from './ProjectDetail';
import { ProjectList } from './ProjectList';
import { RulesPage } from './RulesPage';
import { ScopeBar } from './ScopeBar';
import { ScopeProvider, useScope } from './scope';
import { useProjectText, type ProjectTextKey } from './texts';

const SECTIONS: { key: string; label: ProjectTextKey }[] = [
  { key: '', label: 'tab.projects' },
  { key: 'library', label: 'tab.library' },
  { key: 'lists', label: 'tab.lists' },
  { key: 'villages', label: 'tab.villages' },
  { key: 'programs', label: 'tab.programs' },
  { key: 'findings', label: 'tab.findings' },
];

function ProjectsArea() {
  const text = useProjectText();
  const { t } = useI18n();
  const scope = useScope();
  const navigate = useNavigate();
  const location = useLocation();
  const rest = location.pathname.replace(/^\/projects\/?/, '');
  const first = rest.split('/')[0] ?? '';
  const current = first === 'project' ? '' : first;
  const problem = errorMessage(scope.error, null, { network: t('error.network'), unknown: t('error.unknown') });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="projects">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {text('title')}
        </Typography.Title>
        <ScopeBar />
      </Space>
      <Menu
        mode="horizontal"
        selectedKeys={[current || 'projects']}
        onClick={({ key }) => navigate(key === 'projects' ? '/projects' : `/projects/${key}`)}
        items={SECTIONS.map((s) => ({ key: s.key || 'projects', label: <span data-testid={`projects-tab-${s.key || 'projects'}`}>{text(s.label)}</span> }))}
      />
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      {scope.loading ? (
        <PageLoading />
      ) : !scope.townId ? (
        <Alert type="info" showIcon message={text('noTown')} />
      ) : (
        <Routes>
          <Route index element={<ProjectList />} />
          <Route path="project/:projectId" element={<ProjectDetail />} />
          <Route path="library" element={<LibraryList />} />
          <Route path="lists" element={<DepartmentLists />} />
          <Route path="lists/:listId" element={<DepartmentEntries />} />
          <Route path="villages" element={<KeyVillages />} />
          <Route path="programs" element={<ProgramRegisters />} />
          <Route path="findings" element={<RulesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </Space>
  );
}

/** 扶贫项目: project library and projects, department lists, key villages, registers, rules. */
export default function ProjectsPage() {
  return (
    <ScopeProvider>
      <ProjectsArea />
    </ScopeProvider>
  );
}
