import { Alert, Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, Route, Routes } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { useCrossText } from '../../components/crosscheck/messages';
import { useI18n } from '../../i18n';
import CrossVisitPage from './CrossVisitPage';
import { useCrossCycle } from './CycleContext';
import { CrossDrawDocument } from './drawQuery';
import TeamHouseholdsPage from './TeamHouseholdsPage';

/** Teams: the list (`/crosscheck/teams`), a team's households and the visit form. */
export default function TeamsPage() {
  return (
    <Routes>
      <Route index element={<TeamList />} />
      <Route path=":teamId" element={<TeamHouseholdsPage />} />
      <Route path=":teamId/visit/:householdId" element={<CrossVisitPage />} />
    </Routes>
  );
}

function TeamList() {
  const ct = useCrossText();
  const { t } = useI18n();
  const cycle = useCrossCycle();
  const { viewer } = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: CrossDrawDocument, variables: { cycleId: cycle.id } });
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const teams = [...(data?.teams ?? [])];
  const isMine = (members: { userId: string }[]) => !!viewer && members.some((m) => m.userId === viewer.id);
  teams.sort((a, b) => Number(isMine(b.members)) - Number(isMine(a.members)));

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="teams-page">
      {problem && <Alert type="error" showIcon message={problem} />}
      {teams.length === 0 && !problem ? (
        <Empty description={ct('cc.noTeams')} />
      ) : (
        <Row gutter={[12, 12]}>
          {teams.map((team) => (
            <Col xs={24} md={12} xl={8} key={team.id}>
              <Link to={team.id} data-testid={`team-card-${team.id}`}>
                <Card
                  hoverable
                  size="small"
                  title={team.name}
                  extra={isMine(team.members) ? <Tag color="red">{ct('cc.teams.mine')}</Tag> : null}
                  style={{ height: '100%' }}
                >
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Typography.Text type="secondary">
                      {ct('cc.director')}：{team.directorName || '—'}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {ct('cc.members')}：{team.members.map((m) => m.name).join('、') || '—'}
                    </Typography.Text>
                    <Space size={[4, 4]} wrap>
                      {ct('cc.areas')}：
                      {team.areaNames.length ? (
                        team.areaNames.map((area) => (
                          <Tag color="red" key={area}>
                            {area}
                          </Tag>
                        ))
                      ) : (
                        <Typography.Text type="secondary">{ct('cc.teams.notDrawn')}</Typography.Text>
                      )}
                    </Space>
                    <Typography.Link>{ct('cc.teams.open')} →</Typography.Link>
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Space>
  );
}
