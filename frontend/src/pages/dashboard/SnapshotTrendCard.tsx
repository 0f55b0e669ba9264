import { Card, Empty } from 'antd';
import { TrendLineChart } from '../../components/charts/TrendLineChart';
import { useDashText } from './texts';

type Snapshot = { number: number; score?: number | null };

/** The town's total across its snapshots, oldest first. */
export function SnapshotTrendCard({ snapshots, loading }: { snapshots: readonly Snapshot[]; loading?: boolean }) {
  const text = useDashText();
  const points = [...snapshots]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ label: text('snapshotShort', { number: s.number }), value: s.score ?? null }));
  return (
    <Card size="small" title={text('trend')} loading={loading} data-testid="trend-chart">
      {points.length === 0 ? <Empty description={text('trendEmpty')} /> : <TrendLineChart points={points} valueLabel={text('score')} />}
    </Card>
  );
}
