import { useMemo } from 'react';
import { EChart, type EChartOption } from './register';

export type IntervalPoint = { label: string; value: number | null; low: number | null; high: number | null };

type Api = {
  value: (dim: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (value: [number, number]) => [number, number];
  style: (extra: Record<string, unknown>) => Record<string, unknown>;
};

/** Estimates as percentages with their 95 % intervals drawn as error bars. */
export function IntervalChart({ points, percent = true }: { points: IntervalPoint[]; percent?: boolean }) {
  const scale = percent ? 100 : 1;
  const option = useMemo<EChartOption>(() => {
    const fmt = (v: number | null) => (v == null ? '—' : `${(v * scale).toFixed(1)}${percent ? '%' : ''}`);
    return {
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const point = points[p.dataIndex];
          return point ? `${point.label}<br/>${fmt(point.value)}（95%: ${fmt(point.low)} – ${fmt(point.high)}）` : '';
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { interval: 0, overflow: 'break', width: 90 } },
      yAxis: { type: 'value', axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 36,
          data: points.map((p) => (p.value == null ? null : p.value * scale)),
          itemStyle: { color: '#e57373' },
          label: { show: true, position: 'insideBottom', formatter: (p: { dataIndex: number }) => fmt(points[p.dataIndex]?.value ?? null) },
        },
        {
          type: 'custom',
          name: '95%',
          data: points.map((p, i) => [i, p.low == null ? null : p.low * scale, p.high == null ? null : p.high * scale]),
          renderItem: (_params: unknown, api: Api) => {
            const x = api.value(0);
            const low = api.coord([x, api.value(1)]);
            const high = api.coord([x, api.value(2)]);
            if ([low[1], high[1]].some((v) => Number.isNaN(v))) return null;
            const half = api.size([1, 0])[0] * 0.12;
            const style = api.style({ stroke: '#333', fill: 'none', lineWidth: 1.5 });
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style },
                { type: 'line', shape: { x1: high[0], y1: high[1], x2: low[0], y2: low[1] }, style },
                { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style },
              ],
            };
          },
          encode: { x: 0, y: [1, 2] },
          z: 10,
        },
      ],
    };
  }, [points, percent, scale]);
  return <EChart option={option} height={300} />;
}
