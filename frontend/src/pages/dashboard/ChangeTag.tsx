import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { formatChange } from './format';

/** The change since the previous cycle/snapshot: green up, red down. */
export function ChangeTag({ value }: { value: number | null | undefined }) {
  if (value == null) return <Typography.Text type="secondary">—</Typography.Text>;
  const type = value > 0 ? 'success' : value < 0 ? 'danger' : 'secondary';
  return (
    <Typography.Text type={type}>
      {value > 0 ? <ArrowUpOutlined /> : value < 0 ? <ArrowDownOutlined /> : null} {formatChange(value)}
    </Typography.Text>
  );
}
