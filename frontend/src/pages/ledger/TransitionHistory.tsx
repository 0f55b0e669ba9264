import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { EvidenceList } from '../../components/ledger/EvidenceList';
import { StateTag } from '../../components/ledger/StateTag';
import { useLedgerText } from './messages';

type Transition = { fromState: string; toState: string; reason: string; evidence: readonly string[]; at: string };

/** Every step of the item, oldest first: when, from → to, why, with what evidence. */
export function TransitionHistory({ transitions }: { transitions: readonly Transition[] }) {
  const { lt } = useLedgerText();
  if (transitions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={lt('historyEmpty')} />;
  return (
    <Timeline
      data-testid="transition-history"
      items={transitions.map((step, index) => ({
        key: index,
        color: step.toState === 'signed_off' ? 'green' : step.toState === 'returned' ? 'red' : 'blue',
        children: (
          <div data-testid="transition">
            <Typography.Text type="secondary">{dayjs(step.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>{' '}
            {step.fromState ? <StateTag state={step.fromState} /> : <Typography.Text>{lt('historyListed')}</Typography.Text>}
            {' → '}
            <StateTag state={step.toState} />
            {step.reason && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{step.reason}</Typography.Paragraph>}
            <EvidenceList keys={step.evidence} />
          </div>
        ),
      }))}
    />
  );
}
