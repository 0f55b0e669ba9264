import { Tag } from 'antd';
import { hasProjectText, useProjectText } from './texts';

const COLORS: Record<string, string> = { critical: 'red', major: 'orange', minor: 'blue' };

export function SeverityTag({ severity }: { severity: string }) {
  const text = useProjectText();
  const key = `severity.${severity}`;
  return <Tag color={COLORS[severity]}>{hasProjectText(key) ? text(key) : severity}</Tag>;
}

export function FindingStateTag({ state }: { state: string }) {
  const text = useProjectText();
  const key = `findingState.${state}`;
  return <Tag color={state === 'open' ? 'red' : 'default'}>{hasProjectText(key) ? text(key) : state}</Tag>;
}
