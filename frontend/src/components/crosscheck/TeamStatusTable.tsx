import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { Space, Table, Tag, Typography } from 'antd';
import { useCrossText } from './messages';

export type TeamStatus = {
  id: string;
  name: string;
  directorName: string;
  members: { userId: string; name: string }[];
  committed: boolean;
  revealed: boolean;
  areaNames: string[];
};

/** Every team with its leader, commit/reveal status and the areas it drew. */
export function TeamStatusTable({ teams, loading, mine }: { teams: TeamStatus[]; loading: boolean; mine?: string | null }) {
  const ct = useCrossText();
  return (
    <Table<TeamStatus>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={teams}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: ct('cc.noTeams') }}
      rowClassName={(team) => (team.id === mine ? 'ant-table-row-selected' : '')}
      onRow={(team) => ({ 'data-testid': `team-status-${team.id}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: ct('cc.team'),
          dataIndex: 'name',
          render: (name: string, team) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{name}</Typography.Text>
              <Typography.Text type="secondary">{team.directorName}</Typography.Text>
            </Space>
          ),
        },
        {
          title: ct('cc.committed'),
          dataIndex: 'committed',
          render: (committed: boolean) =>
            committed ? (
              <Tag icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} color="success" data-testid="status-committed">
                {ct('cc.committed')}
              </Tag>
            ) : (
              <Tag icon={<ClockCircleOutlined />}>{ct('cc.notCommitted')}</Tag>
            ),
        },
        {
          title: ct('cc.revealedTag'),
          dataIndex: 'revealed',
          render: (revealed: boolean) =>
            revealed ? (
              <Tag icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} color="success" data-testid="status-revealed">
                {ct('cc.revealedTag')}
              </Tag>
            ) : (
              <Tag icon={<ClockCircleOutlined />}>{ct('cc.notRevealed')}</Tag>
            ),
        },
        {
          title: ct('cc.areas'),
          dataIndex: 'areaNames',
          render: (areas: string[]) =>
            areas.length ? (
              <Space size={[4, 4]} wrap>
                {areas.map((area) => (
                  <Tag color="red" key={area}>
                    {area}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{ct('cc.noAreas')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
