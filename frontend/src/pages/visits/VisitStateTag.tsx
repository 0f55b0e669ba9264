import { Tag } from 'antd';
import { useVisitText, type VisitTextKey } from '../../components/visit/texts';
import type { RowState } from './visitRows';

const LOOK: Record<RowState, { color: string; text: VisitTextKey }> = {
  todo: { color: 'default', text: 'state.todo' },
  queued: { color: 'gold', text: 'state.queued' },
  rejected: { color: 'red', text: 'state.rejected' },
  submitted: { color: 'blue', text: 'state.submitted' },
  returned: { color: 'volcano', text: 'state.returned' },
  accepted: { color: 'green', text: 'state.accepted' },
};

export function VisitStateTag({ state }: { state: RowState }) {
  const t = useVisitText();
  const look = LOOK[state];
  return (
    <Tag color={look.color} data-testid="visit-state" style={{ marginInlineEnd: 0 }}>
      {t(look.text)}
    </Tag>
  );
}
