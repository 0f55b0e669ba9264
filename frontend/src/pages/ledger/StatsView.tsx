import { Col, Row } from 'antd';
import { BurnDownCard } from './BurnDownCard';
import { ClearanceCard } from './ClearanceCard';

export function StatsView({ cycleId }: { cycleId: string }) {
  return (
    <Row gutter={[12, 12]} data-testid="ledger-stats">
      <Col xs={24} xl={12}>
        <BurnDownCard cycleId={cycleId} />
      </Col>
      <Col xs={24} xl={12}>
        <ClearanceCard cycleId={cycleId} />
      </Col>
    </Row>
  );
}
