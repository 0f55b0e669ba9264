import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';

type Flag = { flag: string; label: string };

/** Risk flags as orange tags; `none` when there is no flag. */
export function RiskTags({ flags, none }: { flags: readonly Flag[]; none?: string }) {
  if (flags.length === 0) return none ? <Typography.Text type="secondary">{none}</Typography.Text> : null;
  return (
    <Space size={[4, 4]} wrap>
      {flags.map((flag) => (
        <Tag key={flag.flag} color="orange" icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
          {flag.label}
        </Tag>
      ))}
    </Space>
  );
}
