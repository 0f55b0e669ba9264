import { Card, Empty, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { RadarCompareChart } from '../../components/charts/RadarCompareChart';
import type { ComparisonRow } from './queries';
import { useDashText } from './texts';

/** Section sub-scores of the towns the official picks (the top three at first). */
export function RadarCard({ rows }: { rows: readonly ComparisonRow[] }) {
  const text = useDashText();
  const scored = useMemo(() => rows.filter((r) => r.score != null && r.sections.length > 0), [rows]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const selected = picked ?? scored.slice(0, 3).map((r) => r.townId);
  const chosen = scored.filter((r) => selected.includes(r.townId));
  const axes = useMemo(() => {
    const seen = new Map<string, { code: string; title: string; maximum: number }>();
    for (const row of scored) for (const s of row.sections) if (!seen.has(s.code)) seen.set(s.code, { code: s.code, title: `${s.code} ${s.title}`, maximum: s.maximum });
    return [...seen.values()];
  }, [scored]);
  return (
    <Card title={text('radarChart')} size="small" data-testid="radar-chart">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          mode="multiple"
          allowClear
          style={{ width: '100%' }}
          placeholder={text('radarPick')}
          aria-label={text('radarPick')}
          value={selected}
          onChange={setPicked}
          options={scored.map((r) => ({ value: r.townId, label: r.townName }))}
        />
        {chosen.length === 0 || axes.length === 0 ? (
          <Empty description={text('radarEmpty')} />
        ) : (
          <RadarCompareChart
            axes={axes}
            series={chosen.map((r) => ({ name: r.townName, values: Object.fromEntries(r.sections.map((s) => [s.code, s.points])) }))}
          />
        )}
      </Space>
    </Card>
  );
}
