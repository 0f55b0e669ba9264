import { CheckCircleOutlined, CloudUploadOutlined, DisconnectOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import type { VisitSubmission } from '../../components/visit/formModel';
import { useVisitText } from '../../components/visit/texts';
import { useOutbox } from '../../offline/OutboxProvider';

/** 已同步 / N 条待发送 / 正在发送 / 离线 — tap to send now. */
export function SyncStatus() {
  const t = useVisitText();
  const { state, items, flushNow } = useOutbox<VisitSubmission>();
  const count = items.length;
  const tag = (() => {
    switch (state) {
      case 'synced':
        return <Tag color="success" icon={<CheckCircleOutlined />}>{t('sync.synced')}</Tag>;
      case 'sending':
        return <Tag color="processing" icon={<SyncOutlined spin />}>{t('sync.sending')}</Tag>;
      case 'offline':
        return (
          <Tag color="default" icon={<DisconnectOutlined />}>
            {count > 0 ? t('sync.offlinePending', { count }) : t('sync.offline')}
          </Tag>
        );
      case 'pending':
        return <Tag color="warning" icon={<CloudUploadOutlined />}>{t('sync.pending', { count })}</Tag>;
    }
  })();
  return (
    <span data-testid="sync-state" data-state={state} data-count={count} role="status" aria-live="polite">
      {tag}
      {state === 'pending' && (
        <Tooltip title={t('outbox.hint')}>
          <Button size="small" type="link" onClick={() => void flushNow({ retryRejected: true })} data-testid="sync-now">
            {t('sync.sendNow')}
          </Button>
        </Tooltip>
      )}
    </span>
  );
}
