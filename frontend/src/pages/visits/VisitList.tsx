import { RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, List, Segmented, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { MyAssignmentsDocument } from '../../components/visit/documents';
import type { VisitSubmission } from '../../components/visit/formModel';
import { useVisitText } from '../../components/visit/texts';
import { useActiveCycle } from '../../components/visit/useActiveCycle';
import { useAllVisits } from '../../components/visit/useAllVisits';
import { useI18n } from '../../i18n';
import { useOutbox } from '../../offline/OutboxProvider';
import { OutboxPanel } from './OutboxPanel';
import { VisitStateTag } from './VisitStateTag';
import { filterRows, visitRows, type Filter } from './visitRows';

const STEP = 30;

/** My households in the active cycle: what to visit, what was sent back, what waits to be sent. */
export function VisitList({ refresh }: { refresh: number }) {
  const t = useVisitText();
  const { t: common } = useI18n();
  const { cycle, fetching: cycleLoading, error: cycleError } = useActiveCycle();
  const cycleId = cycle?.id ?? null;
  const [assignments, reexecute] = useQuery({
    query: MyAssignmentsDocument,
    variables: { cycleId: cycleId ?? '' },
    pause: !cycleId,
  });
  const { visits, error: visitsError } = useAllVisits(cycleId, null, refresh);
  const { items, state: syncState } = useOutbox<VisitSubmission>();
  const [filter, setFilter] = useState<Filter>('todo');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(STEP);

  useEffect(() => {
    if (refresh > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refresh, reexecute]);

  const rows = useMemo(
    () => visitRows(assignments.data?.myAssignments ?? [], visits ?? [], items),
    [assignments.data, visits, items],
  );
  const visible = filterRows(rows, filter, search);
  const texts = { network: common('error.network'), unknown: common('error.unknown') };
  const failure = cycleError ?? assignments.error ?? visitsError;
  // Offline, the header already says so; the last loaded list stays usable.
  const problem = syncState === 'offline' && failure?.networkError ? null : errorMessage(failure, null, texts);
  const loading = cycleLoading || (!!cycleId && !assignments.data && assignments.fetching);
  const done = rows.filter((r) => r.state !== 'todo' && r.state !== 'rejected').length;

  if (loading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!cycle && !problem) return <Empty description={t('visits.noCycle')} />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="visit-list">
      {problem && <Alert type="error" showIcon message={problem} />}
      {cycle && (
        <Typography.Text type="secondary">
          {cycle.name} · {t('visits.count', { total: rows.length, done })}
        </Typography.Text>
      )}
      <OutboxPanel />
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Segmented<Filter>
          block
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setShown(STEP);
          }}
          options={[
            { label: t('visits.filter.todo'), value: 'todo' },
            { label: t('visits.filter.returned'), value: 'returned' },
            { label: t('visits.filter.all'), value: 'all' },
          ]}
          data-testid="visit-filter"
        />
        <Input.Search allowClear placeholder={t('visits.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
      </Space>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <List
          loading={assignments.fetching && !!assignments.data}
          dataSource={visible.slice(0, shown)}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={rows.length === 0 ? t('visits.empty') : t('visits.emptyFilter')} />,
          }}
          renderItem={(row) => (
            <List.Item
              key={row.householdId}
              data-testid="visit-row"
              data-household={row.householdId}
              data-state={row.state}
              style={{ padding: '10px 12px' }}
            >
              <Link
                to={encodeURIComponent(row.householdId)}
                style={{ display: 'flex', width: '100%', alignItems: 'center', gap: 8, color: 'inherit' }}
                aria-label={`${row.headName} ${t('visits.open')}`}
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Space size={6} wrap>
                    <Typography.Text strong>{row.headName}</Typography.Text>
                    <VisitStateTag state={row.state} />
                  </Space>
                  {row.reviewComment && (
                    <Typography.Paragraph type="danger" style={{ margin: '4px 0 0', fontSize: 13 }} data-testid="returned-comment">
                      {t('review.comment', { comment: row.reviewComment })}
                    </Typography.Paragraph>
                  )}
                  {row.outboxError && (
                    <Typography.Paragraph type="danger" style={{ margin: '4px 0 0', fontSize: 13 }}>
                      {row.outboxError}
                    </Typography.Paragraph>
                  )}
                </div>
                <RightOutlined style={{ color: '#999' }} />
              </Link>
            </List.Item>
          )}
        />
      </Card>
      {visible.length > shown && (
        <Button block onClick={() => setShown((n) => n + STEP)}>
          {t('visits.more')}
        </Button>
      )}
    </Space>
  );
}
