import { Alert, App, Button, DatePicker, List, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage, errorMessages } from '../../api/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';

const SweepPreviewDocument = graphql(`
  query LedgerSweepPreview($findingId: ID!) {
    sweepPreview(findingId: $findingId) {
      findingId
      checkpoint
      checkpointText
      candidates {
        householdId
        headName
        ownerId
      }
    }
  }
`);

const ApplySweepDocument = graphql(`
  mutation ApplyLedgerSweep($findingId: ID!, $deadline: Date!) {
    applySweep(findingId: $findingId, deadline: $deadline) {
      count
      errors {
        code
        message
        field
      }
    }
  }
`);

function SweepContent({ findingId, deadline, onDeadline }: { findingId: string; deadline: Dayjs; onDeadline: (d: Dayjs) => void }) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const [preview] = useQuery({ query: SweepPreviewDocument, variables: { findingId }, requestPolicy: 'network-only' });
  const problem = errorMessage(preview.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const data = preview.data?.sweepPreview;
  if (problem) return <Alert type="error" showIcon message={problem} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="sweep-preview">
      {data && <Typography.Text>{lt('sweepIntro', { checkpoint: `${data.checkpoint} ${data.checkpointText}` })}</Typography.Text>}
      <List
        size="small"
        bordered
        loading={preview.fetching}
        dataSource={data?.candidates ?? []}
        locale={{ emptyText: lt('sweepNone') }}
        renderItem={(c) => <List.Item key={c.householdId}>{c.headName}</List.Item>}
        style={{ maxHeight: 280, overflowY: 'auto' }}
      />
      <Space>
        <Typography.Text>{lt('sweepDeadline')}</Typography.Text>
        <DatePicker value={deadline} allowClear={false} onChange={(d) => d && onDeadline(d)} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Space>
    </Space>
  );
}

/** 举一反三: preview the households with the same problem, then create their items. */
export function SweepPanel({ findingId, onApplied }: { findingId: string; onApplied: () => void }) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [deadline, setDeadline] = useState(() => dayjs().add(30, 'day'));
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, apply] = useMutation(ApplySweepDocument);

  const run = async () => {
    const { data, error } = await apply({ findingId, deadline: deadline.format('YYYY-MM-DD') }, { additionalTypenames: ['LedgerItem'] });
    const messages = errorMessages(error, data?.applySweep.errors, { network: t('error.network'), unknown: t('error.unknown') });
    setProblems(messages);
    if (messages.length > 0) return;
    setOpen(false);
    void message.success(lt('sweepApplied', { count: data?.applySweep.count ?? 0 }));
    onApplied();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="sweep-open">
        {lt('sweepPreview')}
      </Button>
      <Modal open={open} title={lt('sweep')} onCancel={() => setOpen(false)} onOk={run} okText={lt('sweepApply')} cancelText={lt('cancel')} confirmLoading={fetching} destroyOnClose width={560}>
        {problems.map((text) => (
          <Alert key={text} type="error" showIcon message={text} style={{ marginBottom: 12 }} />
        ))}
        {open && <SweepContent findingId={findingId} deadline={deadline} onDeadline={setDeadline} />}
      </Modal>
    </>
  );
}
