import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { can, useViewer } from '../../auth/viewer';
import { useLedgerText } from './messages';
import { MoveDialog } from './MoveDialog';
import type { LedgerItem, LedgerStep } from './types';

/** Owner steps by state; reviewer steps (someone else with `ledger signoff`) on submitted. */
const OWNER_STEPS: Record<string, LedgerStep[]> = { open: ['START'], in_progress: ['SUBMIT'], returned: ['RESUME'] };
const REVIEW_STEPS: Record<string, LedgerStep[]> = { submitted: ['SIGN_OFF', 'SEND_BACK'] };

/** The steps this viewer may take on the item now; the server checks again and may refuse. */
export function availableSteps(item: LedgerItem, viewerId: string | null, mayWork: boolean, maySignOff: boolean): LedgerStep[] {
  const owner = viewerId !== null && item.ownerId === viewerId;
  if (owner) return mayWork ? OWNER_STEPS[item.state] ?? [] : [];
  return maySignOff ? REVIEW_STEPS[item.state] ?? [] : [];
}

export function ItemActions({ item, townId, onMoved }: { item: LedgerItem; townId: string | null; onMoved: () => void }) {
  const { lt } = useLedgerText();
  const { viewer } = useViewer();
  const [step, setStep] = useState<LedgerStep | null>(null);
  const isOwner = viewer?.id === item.ownerId;
  const readOnly = !!viewer?.readOnly;
  const steps = readOnly ? [] : availableSteps(item, viewer?.id ?? null, can(viewer, 'ledger', 'work'), can(viewer, 'ledger', 'signoff'));

  let note: string | null = null;
  if (item.state === 'signed_off') note = lt('finished');
  else if (isOwner && item.state === 'submitted') note = lt('ownerOnly');
  else if (item.state === 'submitted' && steps.length === 0) note = lt('waitingReview');
  else if (!isOwner && steps.length === 0) note = lt('waitingOwner', { name: item.ownerName });
  else if (steps.length === 0) note = lt('noAction');

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="item-actions">
      {note && <Alert type={item.state === 'signed_off' ? 'success' : 'info'} showIcon message={note} data-testid="actions-note" />}
      {isOwner && item.state !== 'signed_off' && item.state !== 'submitted' && <Alert type="info" message={lt('ownerOnly')} />}
      <Space wrap>
        {steps.map((s) => (
          <Button key={s} type={s === 'SEND_BACK' ? 'default' : 'primary'} danger={s === 'SEND_BACK'} onClick={() => setStep(s)} data-testid={`step-${s}`}>
            {lt(`step.${s}`)}
          </Button>
        ))}
      </Space>
      {step && (
        <MoveDialog
          item={item}
          step={step}
          townId={townId}
          onClose={() => setStep(null)}
          onMoved={() => {
            setStep(null);
            onMoved();
          }}
        />
      )}
    </Space>
  );
}
