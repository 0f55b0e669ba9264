import { Suspense, lazy, useMemo } from 'react';
import { Skeleton } from 'antd';

const EChart = lazy(() => import('../EChart'));

type Day = { day: string; open?: number | null; ideal: number };
type Labels = { open: string; ideal: string };

/** Open items per day against the straight line to zero (ECharts, loaded lazily). */
export function BurnDownChart({ days, labels, height = 300 }: { days: readonly Day[]; labels: Labels; height?: number }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.open, labels.ideal], bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: labels.open,
          type: 'line',
          data: days.map((d) => d.open ?? null),
          connectNulls: false,
          areaStyle: { opacity: 0.12 },
          itemStyle: { color: '#b71c1c' },
        },
        {
          name: labels.ideal,
          type: 'line',
          data: days.map((d) => Math.round(d.ideal * 10) / 10),
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          itemStyle: { color: '#8c8c8c' },
        },
      ],
    }),
    [days, labels.open, labels.ideal],
  );
  return (
    <Suspense fallback={<Skeleton active />}>
      <div data-testid="burn-down-chart">
        <EChart option={option} height={height} />
      </div>
    </Suspense>
  );
}
