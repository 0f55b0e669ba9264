import { App, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useClient } from 'urql';
import { visitSender } from '../../components/visit/sendVisit';
import { useVisitText } from '../../components/visit/texts';
import { useI18n } from '../../i18n';
import { OutboxProvider } from '../../offline/OutboxProvider';
import type { FlushReport } from '../../offline/outbox';
import { SyncStatus } from './SyncStatus';
import { VisitFormPage } from './VisitFormPage';
import { VisitList } from './VisitList';

/** 入户自查: my households (`/visits`) and the visit form (`/visits/:householdId`), with the outbox. */
export default function VisitsPage() {
  const client = useClient();
  const { t: common } = useI18n();
  const t = useVisitText();
  const { message } = App.useApp();
  const [refresh, setRefresh] = useState(0);
  const send = useMemo(
    () => visitSender(client, { network: common('error.network'), unknown: common('error.unknown') }),
    [client, common],
  );
  const onFlushed = useCallback(
    (report: FlushReport) => {
      setRefresh((n) => n + 1);
      if (report.sent.length > 0) void message.success(t('sync.sent', { count: report.sent.length }));
    },
    [message, t],
  );

  return (
    <OutboxProvider send={send} onFlushed={onFlushed}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="visits-page">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography.Title level={4} style={{ margin: 0, flex: 1, minWidth: 0 }}>
            {t('visits.title')}
          </Typography.Title>
          <SyncStatus />
        </div>
        <Routes>
          <Route index element={<VisitList refresh={refresh} />} />
          <Route path=":householdId" element={<VisitFormPage refresh={refresh} />} />
        </Routes>
      </Space>
    </OutboxProvider>
  );
}
