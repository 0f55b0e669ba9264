import { ArrowLeftOutlined, CheckCircleOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Grid, List, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { useCrossText, useValueLabel } from '../../components/crosscheck/messages';
import { ReasonTag } from '../../components/crosscheck/ReasonTag';
import { graphql } from '../../gql';
import type { TeamHouseholdsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useCrossCycle } from './CycleContext';
import { CrossDrawDocument } from './drawQuery';

const PAGE = 100;

const TeamHouseholdsDocument = graphql(`
  query TeamHouseholds($teamId: ID!, $first: Int, $after: String) {
    teamHouseholds(teamId: $teamId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          householdId
          headName
          area
          village
          category
          reason
          visited
        }
      }
    }
  }
`);

type Row = TeamHouseholdsQuery['teamHouseholds']['edges'][number]['node'];

/** One team's households with why each was drawn and whether it was re-checked. */
export default function TeamHouseholdsPage() {
  const { teamId = '' } = useParams();
  const ct = useCrossText();
  const { t } = useI18n();
  const cycle = useCrossCycle();
  const { viewer } = useViewer();
  const phone = !Grid.useBreakpoint().md;
  const label = useValueLabel();
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Row[]>([]);
  const [teams] = useQuery({ query: CrossDrawDocument, variables: { cycleId: cycle.id } });
  const [{ data, fetching, error }] = useQuery({
    query: TeamHouseholdsDocument,
    variables: { teamId, first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  const team = teams.data?.teams.find((item) => item.id === teamId);
  const member = !!viewer && !!team?.members.some((m) => m.userId === viewer.id);
  const rows = [...earlier, ...(data?.teamHouseholds.edges.map((edge) => edge.node) ?? [])];
  const total = data?.teamHouseholds.totalCount ?? 0;
  const visited = rows.filter((row) => row.visited).length;
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });

  const action = (row: Row) =>
    member ? (
      <Link to={`visit/${row.householdId}`} data-testid={`cross-visit-${row.householdId}`}>
        <Button size="small" type={row.visited ? 'default' : 'primary'} icon={<FormOutlined />}>
          {row.visited ? ct('cc.hh.revisit') : ct('cc.hh.visit')}
        </Button>
      </Link>
    ) : null;

  const state = (row: Row) =>
    row.visited ? (
      <Tag color="success" icon={<CheckCircleOutlined />} data-testid="hh-visited">
        {ct('cc.hh.visited')}
      </Tag>
    ) : (
      <Tag>{ct('cc.hh.todo')}</Tag>
    );

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="team-households">
      <Link to="/crosscheck/teams">
        <ArrowLeftOutlined /> {ct('cc.teams.back')}
      </Link>
      <Card
        size="small"
        title={`${team?.name ?? ''} ${ct('cc.teams.households')}`}
        extra={data ? <Typography.Text type="secondary">{ct('cc.teams.count', { total, visited })}</Typography.Text> : null}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
        {phone ? (
          <List
            loading={fetching && !data}
            dataSource={rows}
            locale={{ emptyText: ct('cc.teams.noHouseholds') }}
            renderItem={(row) => (
              <List.Item key={row.householdId} actions={[action(row)]} data-testid="hh-row">
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      {row.headName}
                      {state(row)}
                    </Space>
                  }
                  description={
                    <Space wrap size={4}>
                      {`${row.area} ${row.village}`}
                      <ReasonTag reason={row.reason} />
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Table<Row>
            size="small"
            rowKey="householdId"
            loading={fetching && !data}
            dataSource={rows}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: ct('cc.teams.noHouseholds') }}
            onRow={() => ({ 'data-testid': 'hh-row' }) as HTMLAttributes<HTMLElement>}
            columns={[
              { title: ct('cc.hh.head'), dataIndex: 'headName' },
              { title: ct('cc.hh.place'), key: 'place', render: (_, row) => `${row.area} · ${row.village}` },
              { title: ct('cc.hh.category'), dataIndex: 'category', render: (value: string) => label('cc.category', value) },
              { title: ct('cc.hh.reason'), dataIndex: 'reason', render: (reason: string) => <ReasonTag reason={reason} /> },
              { title: ct('cc.hh.state'), key: 'state', render: (_, row) => state(row) },
              { title: '', key: 'action', render: (_, row) => action(row) },
            ]}
          />
        )}
        {data?.teamHouseholds.pageInfo.hasNextPage && (
          <Button block style={{ marginTop: 12 }} loading={fetching} onClick={() => {
              setEarlier(rows);
              setAfter(data.teamHouseholds.pageInfo.endCursor ?? null);
            }}>
            {ct('cc.teams.loadMore')}
          </Button>
        )}
      </Card>
    </Space>
  );
}
