import { Tag } from 'antd';
import { useValueLabel } from './messages';

const COLORS: Record<string, string> = { sampled: 'blue', finding: 'volcano', risk: 'orange', all: 'purple' };

/** Why a household is in the team's sample. */
export function ReasonTag({ reason }: { reason: string }) {
  const label = useValueLabel();
  return <Tag color={COLORS[reason] ?? 'default'}>{label('cc.reason', reason)}</Tag>;
}
