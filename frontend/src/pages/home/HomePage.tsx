import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Badge, Card, Col, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, hasRole, useViewer, type Role, type Viewer } from '../../auth/viewer';
import { graphql } from '../../gql';
import { useI18n, type MessageKey } from '../../i18n';
import { visibleRoutes, type AppRoute } from '../../routes';

const HomeDocument = graphql(`
  query Home {
    unreadNotificationCount
    cycles(state: "active") {
      id
      name
      year
      state
      selfStart
      selfEnd
      crossStart
      crossEnd
      rectStart
      rectEnd
    }
  }
`);

const OpenFindingsDocument = graphql(`
  query HomeOpenFindings($cycleId: ID!) {
    findingCount(cycleId: $cycleId, state: "open")
  }
`);

const ClearanceDocument = graphql(`
  query HomeClearance($cycleId: ID!) {
    clearance(cycleId: $cycleId, by: TOWN) {
      name
      open
      overdue
      cleared
    }
  }
`);

const AssignmentsDocument = graphql(`
  query HomeAssignments($cycleId: ID!) {
    myAssignments(cycleId: $cycleId) {
      id
      done
    }
  }
`);

/** What each role should usually do first; pages not listed follow in registry order. */
const ORDER: Partial<Record<Role, string[]>> = {
  COUNTY_OFFICIAL: ['dashboard', 'ledger', 'registry', 'tokens'],
  TOWN_ADMIN: ['review', 'ledger', 'crosscheck', 'registry', 'projects', 'tokens'],
  OFFICE_DIRECTOR: ['crosscheck', 'ledger', 'visits'],
  AREA_CADRE: ['visits', 'ledger', 'registry'],
  VILLAGE_CADRE: ['visits', 'ledger', 'registry'],
  HELPER: ['visits', 'ledger', 'registry'],
  EVALUATOR: ['evaluator'],
};

function actionRoutes(viewer: Viewer): AppRoute[] {
  const routes = visibleRoutes(viewer).filter((route) => route.key !== 'home');
  const order = ORDER[viewer.memberships[0]?.role ?? 'HELPER'] ?? [];
  const rank = (route: AppRoute) => {
    const index = order.indexOf(route.key);
    return index === -1 ? order.length : index;
  };
  return [...routes].sort((a, b) => rank(a) - rank(b));
}

function CountStat({ title, value, loading }: { title: string; value: number | null | undefined; loading: boolean }) {
  return (
    <Card size="small">
      <Statistic title={title} value={value ?? '—'} loading={loading} />
    </Card>
  );
}

export default function HomePage() {
  const { viewer } = useViewer();
  const { t, pick } = useI18n();
  const [home] = useQuery({ query: HomeDocument });
  const cycle = home.data?.cycles[0] ?? null;
  const cycleId = cycle?.id ?? '';

  const [findings] = useQuery({
    query: OpenFindingsDocument,
    variables: { cycleId },
    pause: !cycle || !can(viewer, 'visit', 'read'),
  });
  const [clearance] = useQuery({
    query: ClearanceDocument,
    variables: { cycleId },
    pause: !cycle || !can(viewer, 'ledger', 'read'),
  });
  const [assignments] = useQuery({
    query: AssignmentsDocument,
    variables: { cycleId },
    pause: !cycle || !can(viewer, 'visit', 'submit'),
  });

  if (!viewer) return null;
  const texts = { network: t('error.network'), unknown: t('error.unknown') };
  const problem = errorMessage(home.error, null, texts);
  const ledgerOpen = clearance.data?.clearance.reduce((sum, row) => sum + row.open, 0);
  const todo = assignments.data?.myAssignments.filter((a) => !a.done).length;
  const actions = actionRoutes(viewer);
  const showsAssignments = can(viewer, 'visit', 'submit') && !hasRole(viewer, 'COUNTY_OFFICIAL');

  const counts: Partial<Record<string, number | undefined>> = {
    visits: todo,
    ledger: ledgerOpen,
  };
  const description = (key: string): string => {
    if (key === 'ledger' && ledgerOpen !== undefined && ledgerOpen > 0) {
      return t('action.ledger.desc', { count: ledgerOpen });
    }
    if (key === 'ledger') return t('action.ledger.descNone');
    return t(`action.${key}.desc` as MessageKey);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="home">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('auth.welcome', { name: viewer.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.title')}</Typography.Text>
      </div>

      {problem && <Alert type="error" showIcon message={problem} />}

      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <CountStat title={t('home.unread')} value={home.data?.unreadNotificationCount} loading={home.fetching} />
        </Col>
        <Col xs={12} md={6}>
          <CountStat title={t('home.activeCycles')} value={home.data?.cycles.length} loading={home.fetching} />
        </Col>
        {can(viewer, 'visit', 'read') && (
          <Col xs={12} md={6}>
            <CountStat
              title={t('home.openFindings')}
              value={cycle ? findings.data?.findingCount : null}
              loading={home.fetching || findings.fetching}
            />
          </Col>
        )}
        {can(viewer, 'ledger', 'read') && (
          <Col xs={12} md={6}>
            <CountStat
              title={t('home.ledgerOpen')}
              value={cycle ? ledgerOpen : null}
              loading={home.fetching || clearance.fetching}
            />
          </Col>
        )}
        {showsAssignments && (
          <Col xs={12} md={6}>
            <CountStat title={t('home.myTodo')} value={cycle ? todo : null} loading={home.fetching || assignments.fetching} />
          </Col>
        )}
      </Row>

      <Card size="small" title={t('home.activeCycles')}>
        {home.fetching ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : home.data && home.data.cycles.length > 0 ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            {home.data.cycles.map((c) => (
              <div key={c.id} data-testid="active-cycle">
                <Space wrap>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <Tag color="green">{c.year}</Tag>
                </Space>
                <div>
                  <Typography.Text type="secondary">
                    {t('home.cycleWindows', {
                      self: `${c.selfStart} ~ ${c.selfEnd}`,
                      cross: `${c.crossStart} ~ ${c.crossEnd}`,
                      rect: `${c.rectStart} ~ ${c.rectEnd}`,
                    })}
                  </Typography.Text>
                </div>
              </div>
            ))}
          </Space>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noCycle')} />
        )}
      </Card>

      <div>
        <Typography.Title level={4}>{t('home.nextActions')}</Typography.Title>
        {actions.length === 0 ? (
          <Empty description={t('home.noActions')} />
        ) : (
          <Row gutter={[12, 12]}>
            {actions.map((route) => (
              <Col xs={24} sm={12} lg={8} key={route.key}>
                <Link to={route.path} data-testid={`action-${route.key}`}>
                  <Card hoverable size="small" style={{ height: '100%' }}>
                    <Card.Meta
                      avatar={<span style={{ fontSize: 22, color: '#b71c1c' }}>{route.icon}</span>}
                      title={
                        <Space>
                          {t(`action.${route.key}` as MessageKey)}
                          {counts[route.key] ? <Badge count={counts[route.key]} overflowCount={999} /> : null}
                        </Space>
                      }
                      description={
                        <Space direction="vertical" size={4}>
                          <span>{description(route.key)}</span>
                          <Typography.Link>
                            {pick(route.labelZh, route.labelEn)} <ArrowRightOutlined />
                          </Typography.Link>
                        </Space>
                      }
                    />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </div>
    </Space>
  );
}
