import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Space, Statistic, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { PageLoading } from '../../components/PageLoading';
import { useI18n } from '../../i18n';
import { AreaDrilldown } from './AreaDrilldown';
import { LostItemsTable, SectionsTable } from './BreakdownTables';
import { ChangeTag } from './ChangeTag';
import { CycleScoresDocument, TownAreasDocument } from './cycleQueries';
import { GroupTable } from './GroupTable';
import { IndicatorsTable } from './IndicatorsTable';
import { MockEvaluationCard } from './MockEvaluationCard';
import { ScoringButton } from './ScoringButton';
import { SnapshotTrendCard } from './SnapshotTrendCard';
import { useDashText } from './texts';

/** One town's cycle: latest snapshot, breakdown, trend, mock evaluation and the drill-down. */
export function CycleScoresPage() {
  const { townId = '', cycleId = '' } = useParams();
  const text = useDashText();
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: CycleScoresDocument, variables: { cycleId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const scores = result.data?.cycleScores ?? null;
  const snapshots = result.data?.scoreSnapshots ?? [];
  const [town] = useQuery({ query: TownAreasDocument, variables: { townId } });
  const townNode = town.data?.node;
  const townName = townNode && 'name' in townNode ? townNode.name : '';
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const previous = snapshots.length > 1 ? snapshots[1]?.score : null;
  const latest = scores?.snapshot.score;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="cycle-scores">
      <Link to="/dashboard">
        <ArrowLeftOutlined /> {text('back')}
      </Link>
      <Row gutter={[16, 16]} align="middle" justify="space-between">
        <Col xs={24} md={14}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {townName ? text('townOf', { name: townName }) : text('townBreakdown')}
          </Typography.Title>
          {scores ? (
            <Typography.Text type="secondary" data-testid="snapshot-number">
              {text('snapshot', { number: scores.snapshot.number })} · {text('dataCutoff')} {dayjs(scores.snapshot.dataCutoff).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          ) : null}
        </Col>
        <Col xs={24} md={10} style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <ScoringButton cycleId={cycleId} onDone={refresh} />
        </Col>
      </Row>
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      {result.fetching && !result.data ? <PageLoading /> : null}
      {result.data && !scores ? <Empty description={text('noScores')} /> : null}
      {scores ? (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={text('score')} value={latest ?? '—'} precision={2} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={text('change')}
                  valueRender={() => <ChangeTag value={latest != null && previous != null ? latest - previous : null} />}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={text('households')} value={scores.snapshot.households} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={text('snapshotLabel')} value={scores.snapshot.number} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <SnapshotTrendCard snapshots={snapshots} />
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={text('sections')}>
                <SectionsTable parts={scores.breakdown.sections} />
              </Card>
            </Col>
          </Row>
          <Card size="small">
            <Tabs
              items={[
                { key: 'items', label: text('items'), children: <LostItemsTable parts={scores.breakdown.items} /> },
                { key: 'indicators', label: text('indicators'), children: <IndicatorsTable rows={scores.indicators} /> },
                { key: 'cadres', label: text('cadres'), children: <GroupTable rows={scores.cadres} testId="cadre-table" /> },
              ]}
            />
          </Card>
          <AreaDrilldown cycleId={cycleId} townId={townId} areas={scores.areas} villages={scores.villages} />
          <MockEvaluationCard subjects={[{ key: cycleId, name: townName, estimates: scores.mockEvaluation }]} />
        </>
      ) : null}
    </Space>
  );
}
