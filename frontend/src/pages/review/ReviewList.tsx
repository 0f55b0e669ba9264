import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, List, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { useVisitText, type VisitTextKey } from '../../components/visit/texts';
import { useActiveCycle } from '../../components/visit/useActiveCycle';
import { useAllVisits } from '../../components/visit/useAllVisits';
import { useI18n } from '../../i18n';

type State = 'submitted' | 'returned' | 'accepted';
const STATES: State[] = ['submitted', 'returned', 'accepted'];
const COLORS: Record<State, string> = { submitted: 'blue', returned: 'volcano', accepted: 'green' };
const STEP = 30;

/** The cycle's self-check visits in one state, newest first. */
export function ReviewList() {
  const t = useVisitText();
  const { t: common } = useI18n();
  const [params, setParams] = useSearchParams();
  const state: State = STATES.find((s) => s === params.get('state')) ?? 'submitted';
  const [shown, setShown] = useState(STEP);
  const { cycle, fetching: cycleLoading, error: cycleError } = useActiveCycle();
  const { visits, error, fetching } = useAllVisits(cycle?.id ?? null, state, 0);
  const problem = errorMessage(cycleError ?? error, null, { network: common('error.network'), unknown: common('error.unknown') });
  const rows = [...(visits ?? [])].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));

  if (cycleLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!cycle && !problem) return <Empty description={t('visits.noCycle')} />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="review-list">
      {problem && <Alert type="error" showIcon message={problem} />}
      <Typography.Text type="secondary">
        {cycle?.name} · {t('review.subtitle')}
      </Typography.Text>
      <Segmented<State>
        block
        value={state}
        onChange={(next) => {
          setParams(next === 'submitted' ? {} : { state: next });
          setShown(STEP);
        }}
        options={STATES.map((s) => ({ value: s, label: t(`state.${s}` as VisitTextKey) }))}
      />
      <Card size="small" styles={{ body: { padding: 0 } }} title={visits ? t('review.total', { total: rows.length }) : undefined}>
        <List
          loading={fetching}
          dataSource={rows.slice(0, shown)}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={state === 'submitted' ? t('review.empty') : t('review.emptyState')} /> }}
          renderItem={(visit) => (
            <List.Item key={visit.id} data-testid="review-row" data-household={visit.householdId} style={{ padding: '10px 12px' }}>
              <Link
                to={encodeURIComponent(visit.householdId)}
                style={{ display: 'flex', width: '100%', alignItems: 'center', gap: 8, color: 'inherit' }}
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Space size={6} wrap>
                    <Typography.Text strong>{visit.headName}</Typography.Text>
                    <Tag color={COLORS[state]}>{t('form.version', { version: visit.version })}</Tag>
                  </Space>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('review.submittedAt', { time: dayjs(visit.submittedAt).format('YYYY-MM-DD HH:mm') })}
                    </Typography.Text>
                  </div>
                  {visit.reviewComment && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('review.comment', { comment: visit.reviewComment })}
                    </Typography.Text>
                  )}
                </div>
                <RightOutlined style={{ color: '#999' }} />
              </Link>
            </List.Item>
          )}
        />
      </Card>
      {rows.length > shown && (
        <Typography.Link onClick={() => setShown((n) => n + STEP)}>{t('visits.more')}</Typography.Link>
      )}
    </Space>
  );
}
