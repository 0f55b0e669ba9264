import { Alert, Empty, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useCrossText } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import BulletinPage from './BulletinPage';
import { CycleContext } from './CycleContext';
import DrawPage from './DrawPage';
import ResultsPage from './ResultsPage';
import TeamsPage from './TeamsPage';

const CrossCyclesDocument = graphql(`
  query CrossCycles {
    cycles(state: "active") {
      id
      name
      crossStart
      crossEnd
    }
  }
`);

const TABS = ['draw', 'teams', 'results', 'bulletin'] as const;
type Tab = (typeof TABS)[number];

/** The cross-check area: draw, teams (households, visit form), results, bulletin. */
export default function CrosscheckPage() {
  const ct = useCrossText();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: CrossCyclesDocument });
  const [chosen, setChosen] = useState<string | null>(null);

  const cycles = data?.cycles ?? [];
  const cycle = cycles.find((c) => c.id === chosen) ?? cycles[0] ?? null;
  const rest = location.pathname.replace(/^\/crosscheck\/?/, '');
  const active: Tab = TABS.find((tab) => rest === tab || rest.startsWith(`${tab}/`)) ?? 'draw';
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="crosscheck">
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {ct('cc.title')}
        </Typography.Title>
        {cycles.length > 1 && (
          <Select
            aria-label={ct('cc.cycle')}
            value={cycle?.id}
            onChange={setChosen}
            options={cycles.map((c) => ({ value: c.id, label: c.name }))}
            style={{ minWidth: 220, maxWidth: '100%' }}
          />
        )}
      </Space>
      {cycle && cycles.length === 1 && <Typography.Text type="secondary">{cycle.name}</Typography.Text>}
      {problem && <Alert type="error" showIcon message={problem} />}
      {fetching && !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !cycle ? (
        !problem && <Empty description={ct('cc.noCycle')} />
      ) : (
        <CycleContext.Provider value={cycle}>
          <Tabs
            activeKey={active}
            onChange={(key) => navigate(key === 'draw' ? '/crosscheck' : `/crosscheck/${key}`)}
            items={TABS.map((tab) => ({ key: tab, label: <span data-testid={`cc-tab-${tab}`}>{ct(`cc.tab.${tab}`)}</span> }))}
          />
          <Routes>
            <Route index element={<DrawPage />} />
            <Route path="draw" element={<Navigate to="/crosscheck" replace />} />
            <Route path="teams/*" element={<TeamsPage />} />
            <Route path="results" element={<ResultsPage />} />
            <Route path="bulletin" element={<BulletinPage />} />
            <Route path="*" element={<Navigate to="/crosscheck" replace />} />
          </Routes>
        </CycleContext.Provider>
      )}
    </Space>
  );
}
