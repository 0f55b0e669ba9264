import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';

/** Stored evidence keys, shown by their file name (the key's last part). */
export function EvidenceList({ keys, empty }: { keys: readonly string[]; empty?: string }) {
  if (keys.length === 0) return empty ? <Typography.Text type="secondary">{empty}</Typography.Text> : null;
  return (
    <Space direction="vertical" size={0} data-testid="evidence-list">
      {keys.map((key) => (
        <Typography.Text key={key} type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: key }}>
          <PaperClipOutlined /> {key.split('/').pop()}
        </Typography.Text>
      ))}
    </Space>
  );
}
