import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import { useTexts } from '../../components/registry/texts';
import { TEXTS } from './texts';

/** The new token's secret, shown once: a warning, the value and a copy button. */
export function SecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const t = useTexts(TEXTS);
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      void message.success(t('copied'));
    } catch {
      void message.warning(t('copyFailed'));
    }
  };
  return (
    <Modal
      open={secret !== null}
      title={t('secretTitle')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="token-secret-close">
          {t('close')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon message={t('secretWarning')} />
        <Input.TextArea value={secret ?? ''} readOnly autoSize onFocus={(e) => e.currentTarget.select()} data-testid="token-secret" />
        <Button icon={<CopyOutlined />} onClick={() => void copy()} block>
          {t('copy')}
        </Button>
      </Space>
    </Modal>
  );
}
