import { Space } from 'antd';
import { AgreementSection } from './AgreementSection';
import { useCrossCycle } from './CycleContext';
import { DiscrepancySection } from './DiscrepancySection';

/** Discrepancies side by side and the agreement rates. */
export default function ResultsPage() {
  const cycle = useCrossCycle();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="results-page">
      <AgreementSection cycleId={cycle.id} />
      <DiscrepancySection cycleId={cycle.id} />
    </Space>
  );
}
