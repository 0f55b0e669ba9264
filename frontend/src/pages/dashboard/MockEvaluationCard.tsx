import { Card, Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { IntervalChart } from '../../components/charts/IntervalChart';
import { IndicatorsTable } from './IndicatorsTable';
import type { IndicatorRow } from './queries';
import { useDashText } from './texts';

type Subject = { key: string; name: string; estimates: readonly IndicatorRow[] };

/** The mock evaluation (错退率、漏评率、认可度) as rates with their 95 % intervals. */
export function MockEvaluationCard({ subjects }: { subjects: readonly Subject[] }) {
  const text = useDashText();
  const withData = subjects.filter((s) => s.estimates.length > 0);
  const [key, setKey] = useState<string | null>(null);
  const subject = withData.find((s) => s.key === key) ?? withData[0];
  const rates = subject?.estimates ?? [];
  const percent = rates.every((r) => r.unit === 'rate');
  return (
    <Card
      title={text('mockTitle')}
      size="small"
      data-testid="mock-evaluation"
      extra={
        withData.length > 1 ? (
          <Select
            size="small"
            aria-label={text('mockTown')}
            value={subject?.key}
            onChange={setKey}
            style={{ minWidth: 120 }}
            options={withData.map((s) => ({ value: s.key, label: s.name }))}
          />
        ) : null
      }
    >
      {!subject ? (
        <Empty description={text('mockEmpty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {rates.every((r) => r.value == null) ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text('mockNoSample')} />
          ) : (
          <IntervalChart
            percent={percent}
            points={rates.map((r) => ({ label: r.label, value: r.value ?? null, low: r.low ?? null, high: r.high ?? null }))}
          />
          )}
          <IndicatorsTable rows={rates} />
        </Space>
      )}
    </Card>
  );
}
