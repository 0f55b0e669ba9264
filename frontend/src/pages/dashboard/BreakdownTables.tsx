import { Empty, Table, Typography } from 'antd';
import { formatScore } from './format';
import type { ScorePartRow } from './queries';
import { useDashText } from './texts';

type Part = Omit<ScorePartRow, 'checkpoints'> & { checkpoints?: number };

/** Sections with points, maximum and lost. */
export function SectionsTable({ parts, loading }: { parts: readonly Part[]; loading?: boolean }) {
  const text = useDashText();
  return (
    <Table<Part>
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={[...parts]}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty description={text('groupEmpty')} /> }}
      columns={[
        { title: text('section'), key: 'title', render: (_, p) => `${p.code} ${p.title}` },
        { title: text('points'), dataIndex: 'points', align: 'right', render: (v: number) => formatScore(v) },
        { title: text('maximum'), dataIndex: 'maximum', align: 'right', render: (v: number) => formatScore(v) },
        {
          title: text('lost'),
          dataIndex: 'lost',
          align: 'right',
          render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : 'secondary'}>{formatScore(v)}</Typography.Text>,
        },
      ]}
    />
  );
}

/** Items that lost points, worst first. */
export function LostItemsTable({ parts, loading }: { parts: readonly Part[]; loading?: boolean }) {
  const text = useDashText();
  const lost = [...parts].filter((p) => p.lost > 0).sort((a, b) => b.lost - a.lost);
  return (
    <Table<Part>
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={lost}
      pagination={lost.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text('noLoss')} /> }}
      columns={[
        { title: text('item'), key: 'title', render: (_, p) => `${p.code} ${p.title}` },
        { title: text('points'), dataIndex: 'points', align: 'right', render: (v: number) => formatScore(v) },
        { title: text('maximum'), dataIndex: 'maximum', align: 'right', render: (v: number) => formatScore(v) },
        { title: text('lost'), dataIndex: 'lost', align: 'right', render: (v: number) => <Typography.Text type="danger">{formatScore(v)}</Typography.Text> },
      ]}
    />
  );
}
