import { Empty, Table } from 'antd';
import { formatScore } from './format';
import type { GroupRow } from './cycleQueries';
import { useDashText } from './texts';

type Props = {
  rows: readonly GroupRow[];
  selected?: string | null;
  onSelect?: (row: GroupRow) => void;
  loading?: boolean;
  testId?: string;
};

/** Areas, villages or cadres, best first; a row can be picked. */
export function GroupTable({ rows, selected, onSelect, loading, testId }: Props) {
  const text = useDashText();
  return (
    <Table<GroupRow>
      size="small"
      rowKey="subjectId"
      loading={loading}
      dataSource={[...rows]}
      pagination={rows.length > 12 ? { pageSize: 12, size: 'small' } : false}
      scroll={{ x: true }}
      data-testid={testId}
      rowClassName={(row) => (row.subjectId === selected ? 'ant-table-row-selected' : '')}
      onRow={(row) => ({ onClick: () => onSelect?.(row), style: onSelect ? { cursor: 'pointer' } : undefined })}
      locale={{ emptyText: <Empty description={text('groupEmpty')} /> }}
      columns={[
        { title: '#', key: 'index', width: 48, render: (_, __, index) => index + 1 },
        { title: text('name'), dataIndex: 'name' },
        { title: text('households'), dataIndex: 'households', align: 'right' },
        { title: text('score'), dataIndex: 'score', align: 'right', render: (v: number | null) => formatScore(v) },
      ]}
    />
  );
}
