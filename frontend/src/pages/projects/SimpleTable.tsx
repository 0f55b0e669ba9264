import { Empty, Table, type TableColumnsType } from 'antd';
import { useProjectText } from './texts';

/** A small read-only table with an empty state, for the records of a project. */
export function SimpleTable<T extends { id: string }>({ rows, columns }: { rows: readonly T[]; columns: TableColumnsType<T> }) {
  const text = useProjectText();
  return (
    <Table<T>
      rowKey="id"
      size="small"
      dataSource={[...rows]}
      columns={columns}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text('none')} /> }}
    />
  );
}
