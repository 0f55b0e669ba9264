import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useLedgerText } from '../../pages/ledger/messages';

/** Overdue (red) or due soon (orange); nothing otherwise. */
export function FlagTag({ flag, overdue }: { flag: string; overdue: boolean }) {
  const { lt } = useLedgerText();
  if (overdue || flag === 'overdue') {
    return (
      <Tag color="red" icon={<ExclamationCircleOutlined />} data-testid="flag-overdue">
        {lt('flag.overdue')}
      </Tag>
    );
  }
  if (flag === 'due_soon') {
    return (
      <Tag color="orange" icon={<ClockCircleOutlined />} data-testid="flag-due-soon">
        {lt('flag.due_soon')}
      </Tag>
    );
  }
  return null;
}

/** The row/card highlight for an item's urgency (inline: no global stylesheet needed). */
export function flagStyle(item: { flag: string; overdue: boolean }): CSSProperties | undefined {
  if (item.overdue || item.flag === 'overdue') return { boxShadow: 'inset 4px 0 0 #cf1322', background: '#fff1f0' };
  if (item.flag === 'due_soon') return { boxShadow: 'inset 4px 0 0 #fa8c16', background: '#fff7e6' };
  return undefined;
}
