import { Col, Row } from 'antd';
import { BoardColumn } from './BoardColumn';
import { BOARD_STATES, type LedgerFilters } from './types';

/** The ledger by state: open → in progress → submitted (→ returned) → signed off. */
export function LedgerBoard({ cycleId, filters, refreshKey }: { cycleId: string; filters: LedgerFilters; refreshKey: number }) {
  return (
    <Row gutter={[12, 12]} wrap data-testid="ledger-board">
      {BOARD_STATES.map((state) => (
        <Col key={state} flex="1 0 190px" style={{ minWidth: 0 }}>
          <BoardColumn cycleId={cycleId} state={state} filters={filters} refreshKey={refreshKey} />
        </Col>
      ))}
    </Row>
  );
}
