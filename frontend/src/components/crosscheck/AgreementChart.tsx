import { useMemo } from 'react';
import EChart, { type EChartOption } from '../EChart';

export type AgreementPoint = { name: string; percent: number | null; kappa: number | null };

/** Horizontal bars of percent agreement (lowest first, as the server orders them). */
export function AgreementChart({ rows, percentLabel, kappaLabel }: { rows: AgreementPoint[]; percentLabel: string; kappaLabel: string }) {
  const option = useMemo<EChartOption>(() => {
    const shown = rows.filter((row) => row.percent !== null).slice(0, 20).reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const first = (params as { dataIndex: number }[])[0];
          const row = first ? shown[first.dataIndex] : undefined;
          if (!row) return '';
          const kappa = row.kappa === null ? '—' : row.kappa.toFixed(2);
          return `${row.name}<br/>${percentLabel}: ${row.percent?.toFixed(1)}%<br/>${kappaLabel}: ${kappa}`;
        },
      },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: shown.map((row) => row.name), axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: shown.map((row) => ({
            value: row.percent,
            itemStyle: { color: (row.percent ?? 0) >= 90 ? '#389e0d' : (row.percent ?? 0) >= 75 ? '#d48806' : '#b71c1c' },
          })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => `${p.value.toFixed(1)}%` },
          barMaxWidth: 22,
        },
      ],
    };
  }, [rows, percentLabel, kappaLabel]);
  const height = Math.max(160, Math.min(20, rows.length) * 32 + 40);
  return <EChart option={option} height={height} />;
}
