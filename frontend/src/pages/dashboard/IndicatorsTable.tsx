import { Empty, Table, Tooltip } from 'antd';
import { formatIndicator, formatInterval } from './format';
import type { IndicatorRow } from './queries';
import { useDashText } from './texts';

/** Indicators (or estimates) with their 95 % intervals when they have one. */
export function IndicatorsTable({ rows, loading }: { rows: readonly IndicatorRow[]; loading?: boolean }) {
  const text = useDashText();
  const intervals = rows.some((r) => r.low != null);
  return (
    <Table<IndicatorRow>
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: <Empty description={text('groupEmpty')} /> }}
      columns={[
        {
          title: text('indicator'),
          dataIndex: 'label',
          render: (label: string, r) => (
            <Tooltip title={`${r.description} · ${r.higherIsBetter ? text('higherBetter') : text('lowerBetter')}`}>
              {label}
            </Tooltip>
          ),
        },
        { title: text('value'), key: 'value', align: 'right', render: (_, r) => formatIndicator(r) },
        ...(intervals ? [{ title: text('interval'), key: 'interval', align: 'right' as const, render: (_: unknown, r: IndicatorRow) => formatInterval(r) }] : []),
        { title: text('base'), dataIndex: 'denominator', align: 'right', render: (v: number) => (Number.isInteger(v) ? v : v.toFixed(2)) },
      ]}
    />
  );
}
