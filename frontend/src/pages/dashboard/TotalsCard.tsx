import { Card, Empty } from 'antd';
import { useNavigate } from 'react-router-dom';
import { RankedBarChart } from '../../components/charts/RankedBarChart';
import type { ComparisonRow } from './queries';
import { useDashText } from './texts';

/** A ranked bar chart of every town's total; a bar opens the town. */
export function TotalsCard({ rows, loading }: { rows: readonly ComparisonRow[]; loading?: boolean }) {
  const text = useDashText();
  const navigate = useNavigate();
  const scored = rows.filter((r) => r.score != null);
  return (
    <Card title={text('totalsChart')} size="small" data-testid="totals-chart" loading={loading}>
      {scored.length === 0 ? (
        <Empty description={text('notScored')} />
      ) : (
        <RankedBarChart
          bars={scored.map((r) => ({ key: r.townId, name: r.townName, value: r.score ?? null }))}
          valueLabel={text('score')}
          onSelect={(townId) => {
            const row = rows.find((r) => r.townId === townId);
            if (row) navigate(`town/${encodeURIComponent(row.townId)}/cycle/${encodeURIComponent(row.cycleId)}`);
          }}
        />
      )}
    </Card>
  );
}
