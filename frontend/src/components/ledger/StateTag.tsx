import { Tag } from 'antd';
import { useLedgerText } from '../../pages/ledger/messages';

const COLORS: Record<string, string> = {
  open: 'default',
  in_progress: 'processing',
  submitted: 'gold',
  returned: 'magenta',
  signed_off: 'success',
  withdrawn: 'default',
};

/** A ledger item's state; the server's Chinese label when the state is unknown here. */
export function StateTag({ state, label }: { state: string; label?: string }) {
  const { ltMaybe } = useLedgerText();
  return (
    <Tag color={COLORS[state] ?? 'default'} data-testid="state-tag" data-state={state}>
      {ltMaybe(`state.${state}`, label ?? state)}
    </Tag>
  );
}
