import { Alert, Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { dateTime } from '../../components/crosscheck/format';
import { useCrossText } from '../../components/crosscheck/messages';
import { TeamStatusTable } from '../../components/crosscheck/TeamStatusTable';
import { useI18n } from '../../i18n';
import { AdminCompleteCard } from './AdminCompleteCard';
import { useCrossCycle } from './CycleContext';
import { DirectorDrawCard } from './DirectorDrawCard';
import { CrossDrawDocument } from './drawQuery';
import { DrawResult } from './DrawResult';

/** The draw: the director's commit/reveal, every team's status, completion and the result. */
export default function DrawPage() {
  const ct = useCrossText();
  const { t } = useI18n();
  const cycle = useCrossCycle();
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CrossDrawDocument,
    variables: { cycleId: cycle.id },
    requestPolicy: 'cache-and-network',
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });

  if (fetching && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (problem && !data) return <Alert type="error" showIcon message={problem} />;

  const teams = data?.teams ?? [];
  const draw = data?.draw ?? null;
  const mine = teams.find((team) => viewer && team.directorId === viewer.id) ?? null;
  const committed = teams.filter((team) => team.committed).length;
  const revealed = teams.filter((team) => team.revealed).length;
  const open = draw?.state === 'open';
  const isDirector = can(viewer, 'draw', 'commit');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="draw-page">
      {problem && <Alert type="error" showIcon message={problem} />}
      {!draw ? (
        <Empty description={ct('cc.noDraw')} />
      ) : (
        <Card size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={open ? 'processing' : 'success'} data-testid="draw-state">
                {open ? ct('cc.state.open') : ct('cc.state.drawn')}
              </Tag>
              <Typography.Text>
                {ct('cc.commitDeadline')}：{dateTime(draw.commitDeadline)}
              </Typography.Text>
              <Typography.Text>
                {ct('cc.revealDeadline')}：{dateTime(draw.revealDeadline)}
              </Typography.Text>
            </Space>
            <Typography.Text type="secondary">{ct('cc.progress', { committed, revealed, total: teams.length })}</Typography.Text>
            {open && <Typography.Text type="secondary">{ct('cc.howItWorks')}</Typography.Text>}
          </Space>
        </Card>
      )}
      {draw && open && (
        <Row gutter={[16, 16]}>
          {mine && (
            <Col xs={24} lg={12}>
              <DirectorDrawCard
                cycleId={cycle.id}
                team={mine}
                draw={draw}
                allCommitted={teams.length > 0 && committed === teams.length}
                committedCount={committed}
                teamCount={teams.length}
                onChanged={refresh}
              />
            </Col>
          )}
          {!mine && isDirector && (
            <Col xs={24}>
              <Alert type="info" showIcon message={ct('cc.my.notDirector')} />
            </Col>
          )}
          {can(viewer, 'draw', 'manage') && (
            <Col xs={24} lg={12}>
              <AdminCompleteCard cycleId={cycle.id} draw={draw} allRevealed={revealed === teams.length} onChanged={refresh} />
            </Col>
          )}
        </Row>
      )}
      <Card size="small" title={ct('cc.status.title')}>
        <TeamStatusTable teams={teams} loading={fetching} mine={mine?.id} />
      </Card>
      {draw && draw.state === 'drawn' && <DrawResult cycleId={cycle.id} draw={draw} teams={teams} />}
    </Space>
  );
}
