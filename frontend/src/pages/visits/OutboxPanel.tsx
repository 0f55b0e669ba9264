import { Alert, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import type { VisitSubmission } from '../../components/visit/formModel';
import { useVisitText } from '../../components/visit/texts';
import { useOutbox } from '../../offline/OutboxProvider';

/** What waits in the outbox: when it was saved, the server's message if it refused it. */
export function OutboxPanel() {
  const t = useVisitText();
  const { items, state, flushNow, remove } = useOutbox<VisitSubmission>();
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('outbox.title')} data-testid="outbox">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('outbox.hint')}
      </Typography.Text>
      <List
        size="small"
        dataSource={items}
        renderItem={(item) => (
          <List.Item key={item.clientId} data-testid="outbox-item" style={{ paddingInline: 0 }}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Typography.Text strong>{item.label || item.payload.headName}</Typography.Text>
                <Typography.Text type="secondary">{t('outbox.queuedAt', { time: dayjs(item.enqueuedAt).format('MM-DD HH:mm') })}</Typography.Text>
              </Space>
              {item.error && <Alert type="error" showIcon message={item.error} data-testid="outbox-error" />}
              <Space wrap size={4}>
                <Link to={encodeURIComponent(item.payload.input.householdId)}>
                  <Button size="small">{t('outbox.edit')}</Button>
                </Link>
                {item.error && (
                  <Button size="small" disabled={state === 'offline' || state === 'sending'} onClick={() => void flushNow({ retryRejected: true })}>
                    {t('outbox.retry')}
                  </Button>
                )}
                <Popconfirm title={t('outbox.discardConfirm')} onConfirm={() => void remove(item.clientId)}>
                  <Button size="small" danger type="text">
                    {t('outbox.discard')}
                  </Button>
                </Popconfirm>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
