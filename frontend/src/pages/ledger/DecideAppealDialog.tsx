import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessages } from '../../api/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';

const DecideAppealDocument = graphql(`
  mutation DecideLedgerAppeal($appealId: ID!, $withdraw: Boolean!, $reason: String!) {
    decideAppeal(appealId: $appealId, withdraw: $withdraw, reason: $reason) {
      appeal {
        id
        state
        decisionReason
        decidedAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

type Values = { withdraw: boolean; reason: string };

/** The poverty office upholds the finding or withdraws it, with a reason. */
export function DecideAppealDialog({ appealId, onClose, onDecided }: { appealId: string; onClose: () => void; onDecided: () => void }) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, decide] = useMutation(DecideAppealDocument);

  const submit = async ({ withdraw, reason }: Values) => {
    const { data, error } = await decide({ appealId, withdraw, reason }, { additionalTypenames: ['LedgerItem'] });
    const messages = errorMessages(error, data?.decideAppeal.errors, { network: t('error.network'), unknown: t('error.unknown') });
    setProblems(messages);
    if (messages.length === 0) onDecided();
  };

  return (
    <Modal open title={lt('appealDecide')} onCancel={onClose} onOk={() => form.submit()} okText={lt('confirm')} cancelText={lt('cancel')} confirmLoading={fetching} destroyOnClose>
      {problems.map((text) => (
        <Alert key={text} type="error" showIcon message={text} style={{ marginBottom: 12 }} />
      ))}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ withdraw: false }}>
        <Form.Item name="withdraw">
          <Radio.Group
            options={[
              { value: false, label: lt('appealUphold') },
              { value: true, label: lt('appealWithdraw') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={lt('appealDecision')} rules={[{ required: true, whitespace: true, message: lt('noteRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
