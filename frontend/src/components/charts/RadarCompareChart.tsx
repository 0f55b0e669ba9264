import { useMemo } from 'react';
import { EChart, type EChartOption } from './register';

export type RadarAxis = { code: string; title: string; maximum: number };
export type RadarSeries = { name: string; values: Record<string, number> };

/** Sub-scores of several subjects on one radar, each axis scaled to its maximum. */
export function RadarCompareChart({ axes, series }: { axes: RadarAxis[]; series: RadarSeries[] }) {
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      radar: {
        radius: '62%',
        indicator: axes.map((a) => ({ name: a.title, max: a.maximum > 0 ? a.maximum : 1 })),
        axisName: { color: '#555', fontSize: 11 },
      },
      series: [
        {
          type: 'radar',
          data: series.map((s) => ({ name: s.name, value: axes.map((a) => s.values[a.code] ?? 0) })),
          areaStyle: { opacity: 0.12 },
        },
      ],
    }),
    [axes, series],
  );
  return <EChart option={option} height={360} />;
}
