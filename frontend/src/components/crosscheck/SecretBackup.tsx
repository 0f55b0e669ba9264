import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Space, Typography } from 'antd';
import { useCrossText } from './messages';
import { backupText, type StoredSecret } from './secretStore';

/** The secret and its commitment, with a backup file and a copy button. */
export function SecretBackup({ stored, teamName }: { stored: StoredSecret; teamName: string }) {
  const ct = useCrossText();
  const { message } = App.useApp();

  const download = () => {
    const blob = new Blob([backupText(stored, teamName)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `towncheck-draw-secret-${stored.cycleId}-${stored.teamId}.txt`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(stored.secret);
      void message.success(ct('cc.my.copied'));
    } catch {
      void message.warning(ct('cc.my.copyFailed'));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={ct('cc.my.secret')}>
          <Typography.Text code copyable={false} style={{ wordBreak: 'break-all' }} data-testid="draw-secret">
            {stored.secret}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={ct('cc.my.commitment')}>
          <Typography.Text code style={{ wordBreak: 'break-all', fontSize: 12 }} data-testid="draw-commitment">
            {stored.commitment}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="secret-download">
          {ct('cc.my.download')}
        </Button>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {ct('cc.my.copy')}
        </Button>
      </Space>
    </Space>
  );
}
