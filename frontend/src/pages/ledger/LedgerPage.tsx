import { Alert, Button, Empty, Result, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n';
import { AppealsView } from './AppealsView';
import { ExportLink } from './ExportLink';
import { InboxView } from './InboxView';
import { ItemDetailPage } from './ItemDetailPage';
import { LedgerBoard } from './LedgerBoard';
import { LedgerFilterBar } from './LedgerFilterBar';
import { LedgerTable } from './LedgerTable';
import { ListFindingsButton } from './ListFindingsButton';
import { useLedgerText } from './messages';
import { StatsView } from './StatsView';
import type { LedgerFilters } from './types';
import { useCycles } from './useCycles';

const TABS = ['table', 'board', 'stats', 'appeals', 'inbox'] as const;
type Tab = (typeof TABS)[number];

/** `/ledger/board` → board; `/ledger` → table; items/… has no tab. */
function tabOf(pathname: string): Tab | null {
  const rest = pathname.replace(/^\/ledger\/?/, '').split('/')[0] ?? '';
  if (rest === '') return 'table';
  return (TABS as readonly string[]).includes(rest) ? (rest as Tab) : null;
}

/** 整改台账: the ledger as a table and a board, clearance and burn-down, appeals, notices. */
export default function LedgerPage() {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const { viewer } = useViewer();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const { cycles, cycle, choose, fetching, error, retry } = useCycles();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = () => setRefreshKey((k) => k + 1);
  const tab = tabOf(pathname);
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });

  if (fetching && !cycle) return <PageLoading />;
  if (problem) return <Result status="warning" title={problem} extra={<Button onClick={retry}>{t('common.retry')}</Button>} />;

  const header = (
    <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }}>
          {lt('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{lt('subtitle')}</Typography.Text>
      </div>
      {cycles.length > 1 && cycle && (
        <Select
          style={{ minWidth: 240, maxWidth: '100%' }}
          value={cycle.id}
          onChange={choose}
          options={cycles.map((c) => ({ value: c.id, label: `${c.name}（${c.year}）` }))}
          aria-label={lt('cycle')}
          data-testid="cycle-select"
        />
      )}
    </Space>
  );

  if (!cycle) {
    return (
      <Space direction="vertical" style={{ width: '100%' }} data-testid="ledger-page">
        {header}
        <Empty description={lt('noCycle')} />
      </Space>
    );
  }

  const mayList = can(viewer, 'ledger', 'write') && !viewer?.readOnly;
  const listing = tab === 'table' || tab === 'board';
  const go = (next: string) => navigate({ pathname: next === 'table' ? '/ledger' : `/ledger/${next}`, search });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="ledger-page">
      {header}
      {tab && (
        <Tabs
          activeKey={tab}
          onChange={go}
          items={TABS.map((key) => ({ key, label: <span data-testid={`ledger-tab-${key}`}>{lt(`tab.${key}`)}</span> }))}
          tabBarExtraContent={
            listing ? (
              <Space wrap>
                {mayList && <ListFindingsButton cycleId={cycle.id} onDone={refresh} />}
                <ExportLink cycleId={cycle.id} filters={filters} />
              </Space>
            ) : null
          }
          style={{ marginBottom: -8 }}
        />
      )}
      {listing && <LedgerFilterBar cycleId={cycle.id} value={filters} onChange={setFilters} hideState={tab === 'board'} refreshKey={refreshKey} />}
      <Routes>
        <Route index element={<LedgerTable cycleId={cycle.id} filters={filters} refreshKey={refreshKey} />} />
        <Route path="board" element={<LedgerBoard cycleId={cycle.id} filters={{ ...filters, state: undefined }} refreshKey={refreshKey} />} />
        <Route path="stats" element={<StatsView cycleId={cycle.id} />} />
        <Route path="appeals" element={<AppealsView cycleId={cycle.id} />} />
        <Route path="inbox" element={<InboxView />} />
        <Route path="items/:itemId" element={<ItemDetailPage cycleId={cycle.id} onChanged={refresh} />} />
        <Route path="*" element={<Alert type="warning" showIcon message={t('error.notFound')} />} />
      </Routes>
    </Space>
  );
}
