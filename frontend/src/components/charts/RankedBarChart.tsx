import { useMemo } from 'react';
import { EChart, type EChartOption } from './register';

export type RankedBar = { key: string; name: string; value: number | null };

type Props = {
  bars: RankedBar[];
  /** Axis / tooltip label of the value. */
  valueLabel: string;
  max?: number;
  onSelect?: (key: string) => void;
};

/** Horizontal bars, best first (top), e.g. every town's total. */
export function RankedBarChart({ bars, valueLabel, max = 100, onSelect }: Props) {
  const sorted = useMemo(() => [...bars].sort((a, b) => (a.value ?? -1) - (b.value ?? -1)), [bars]);
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', max, name: valueLabel, nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'category', data: sorted.map((b) => b.name) },
      series: [
        {
          type: 'bar',
          name: valueLabel,
          data: sorted.map((b) => b.value),
          itemStyle: { color: '#b71c1c' },
          label: { show: true, position: 'right', formatter: (p: { value: number | null }) => (p.value == null ? '—' : p.value.toFixed(1)) },
        },
      ],
    }),
    [sorted, valueLabel, max],
  );
  const onClick = useMemo(
    () => (onSelect ? (params: unknown) => {
      const index = (params as { dataIndex?: number }).dataIndex;
      const bar = index === undefined ? undefined : sorted[index];
      if (bar) onSelect(bar.key);
    } : undefined),
    [onSelect, sorted],
  );
  return <EChart option={option} height={Math.max(200, sorted.length * 36 + 40)} onClick={onClick} />;
}
