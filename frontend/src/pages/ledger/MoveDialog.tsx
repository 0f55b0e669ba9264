import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessages, fieldErrors } from '../../api/errors';
import { EvidenceUpload } from '../../components/ledger/EvidenceUpload';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';
import type { LedgerItem, LedgerStep } from './types';

export const MoveLedgerItemDocument = graphql(`
  mutation MoveLedgerItem($input: MoveLedgerItemInput!) {
    moveLedgerItem(input: $input) {
      item {
        ...LedgerItemDetail
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** Steps that need a note; the server says so too, in Chinese. */
const NOTE_REQUIRED: LedgerStep[] = ['SUBMIT', 'SEND_BACK', 'SIGN_OFF'];
const WITH_EVIDENCE: LedgerStep[] = ['START', 'SUBMIT', 'RESUME'];

type Props = {
  item: LedgerItem;
  step: LedgerStep;
  townId: string | null;
  onClose: () => void;
  onMoved: () => void;
};

/** One step of the state machine: a note (the effectiveness check for a sign-off) and evidence. */
export function MoveDialog({ item, step, townId, onClose, onMoved }: Props) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  const [evidence, setEvidence] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [{ fetching }, move] = useMutation(MoveLedgerItemDocument);

  const submit = async ({ note }: { note?: string }) => {
    setProblems([]);
    const { data, error } = await move({ input: { itemId: item.id, step, note: note ?? '', evidence } });
    const payload = data?.moveLedgerItem.errors;
    const messages = errorMessages(error, payload, { network: t('error.network'), unknown: t('error.unknown') });
    if (messages.length > 0) {
      setProblems(messages);
      setFields(fieldErrors(payload));
      return;
    }
    onMoved();
  };

  return (
    <Modal
      open
      title={`${lt(`step.${step}`)} · ${item.checkpoint}`}
      okText={lt(`step.${step}`)}
      cancelText={lt('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={fetching}
      destroyOnClose
      okButtonProps={{ 'data-testid': 'move-confirm' }}
    >
      {problems.map((text) => (
        <Alert key={text} type="error" showIcon message={text} style={{ marginBottom: 12 }} data-testid="move-error" />
      ))}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={NOTE_REQUIRED.includes(step)}>
        <Form.Item
          name="note"
          label={lt(`note.${step}`)}
          rules={NOTE_REQUIRED.includes(step) ? [{ required: true, whitespace: true, message: lt('noteRequired') }] : []}
          validateStatus={fields.note ? 'error' : undefined}
          help={fields.note}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="move-note" />
        </Form.Item>
        {WITH_EVIDENCE.includes(step) && (
          <Form.Item label={lt('evidence')} validateStatus={fields.evidence ? 'error' : undefined} help={fields.evidence}>
            <EvidenceUpload townId={townId} onChange={setEvidence} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
