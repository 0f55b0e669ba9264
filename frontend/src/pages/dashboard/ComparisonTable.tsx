import { Button, Empty, Table, Tabs, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ChangeTag } from './ChangeTag';
import { IndicatorsTable } from './IndicatorsTable';
import { LostItemsTable, SectionsTable } from './BreakdownTables';
import { formatScore } from './format';
import type { ComparisonRow } from './queries';
import { useDashText } from './texts';

/** Towns ranked, with the explanation; a row opens to its sections, items and indicators. */
export function ComparisonTable({ rows, loading }: { rows: readonly ComparisonRow[]; loading: boolean }) {
  const text = useDashText();
  return (
    <Table<ComparisonRow>
      rowKey="townId"
      loading={loading}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: true }}
      data-testid="comparison-table"
      locale={{ emptyText: <Empty description={text('noComparison')} /> }}
      expandable={{
        rowExpandable: (row) => row.score != null,
        expandedRowRender: (row) => (
          <Tabs
            size="small"
            items={[
              { key: 'sections', label: text('sections'), children: <SectionsTable parts={row.sections} /> },
              { key: 'items', label: text('items'), children: <LostItemsTable parts={row.items} /> },
              { key: 'indicators', label: text('indicators'), children: <IndicatorsTable rows={row.indicators} /> },
            ]}
          />
        ),
      }}
      columns={[
        { title: text('rank'), dataIndex: 'rank', width: 64, render: (v: number | null) => <span data-testid="town-rank">{v ?? '—'}</span> },
        { title: text('town'), dataIndex: 'townName', render: (name: string) => <strong>{name}</strong> },
        {
          title: text('score'),
          dataIndex: 'score',
          align: 'right',
          render: (v: number | null) => <span data-testid="town-score">{formatScore(v)}</span>,
        },
        {
          title: text('change'),
          dataIndex: 'change',
          align: 'right',
          render: (v: number | null) => (
            <span data-testid="town-change">
              <ChangeTag value={v} />
            </span>
          ),
        },
        { title: text('previous'), dataIndex: 'previousScore', align: 'right', responsive: ['md'], render: (v: number | null) => formatScore(v) },
        { title: text('households'), dataIndex: 'households', align: 'right', responsive: ['md'] },
        {
          title: text('explanation'),
          dataIndex: 'explanation',
          render: (v: string, row) => (
            <Typography.Paragraph
              style={{ margin: 0, minWidth: 220, maxWidth: 520 }}
              type={row.score == null ? 'secondary' : undefined}
              data-testid="town-explanation"
            >
              {v}
            </Typography.Paragraph>
          ),
        },
        {
          title: text('details'),
          key: 'drill',
          render: (_, row) => (
            <Link to={`town/${encodeURIComponent(row.townId)}/cycle/${encodeURIComponent(row.cycleId)}`} data-testid="drill-town">
              <Button size="small">{text('drill')}</Button>
            </Link>
          ),
        },
      ]}
    />
  );
}
