import { useMemo } from 'react';
import { EChart, type EChartOption } from './register';

export type TrendPoint = { label: string; value: number | null };

/** One value across snapshots or cycles, oldest first. */
export function TrendLineChart({ points, valueLabel, max = 100 }: { points: TrendPoint[]; valueLabel: string; max?: number }) {
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
      yAxis: { type: 'value', max, scale: true, name: valueLabel },
      series: [
        {
          type: 'line',
          name: valueLabel,
          data: points.map((p) => p.value),
          symbolSize: 8,
          label: { show: points.length <= 12, formatter: (p: { value: number | null }) => (p.value == null ? '' : p.value.toFixed(1)) },
          itemStyle: { color: '#b71c1c' },
          connectNulls: true,
        },
      ],
    }),
    [points, valueLabel, max],
  );
  return <EChart option={option} height={260} />;
}
