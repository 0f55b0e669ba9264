import { App, Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessages } from '../../api/errors';
import { EvidenceUpload } from '../../components/ledger/EvidenceUpload';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';

const FileAppealDocument = graphql(`
  mutation FileLedgerAppeal($findingId: ID!, $reason: String!, $evidence: [String!]) {
    fileAppeal(findingId: $findingId, reason: $reason, evidence: $evidence) {
      appeal {
        id
        state
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** A cadre appeals the finding behind an item, with a reason and optional evidence. */
export function AppealButton({ findingId, townId }: { findingId: string; townId: string | null }) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [evidence, setEvidence] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching }, fileAppeal] = useMutation(FileAppealDocument);

  const submit = async ({ reason }: { reason: string }) => {
    const { data, error } = await fileAppeal({ findingId, reason, evidence }, { additionalTypenames: ['Appeal'] });
    const messages = errorMessages(error, data?.fileAppeal.errors, { network: t('error.network'), unknown: t('error.unknown') });
    setProblems(messages);
    if (messages.length > 0) return;
    setOpen(false);
    void message.success(lt('appealFiled'));
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="appeal-file">
        {lt('appealFile')}
      </Button>
      <Modal open={open} title={lt('appealFile')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={lt('confirm')} cancelText={lt('cancel')} confirmLoading={fetching} destroyOnClose>
        {problems.map((text) => (
          <Alert key={text} type="error" showIcon message={text} style={{ marginBottom: 12 }} />
        ))}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={lt('appealReason')} rules={[{ required: true, whitespace: true, message: lt('noteRequired') }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item label={lt('evidence')}>
            <EvidenceUpload townId={townId} onChange={setEvidence} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
