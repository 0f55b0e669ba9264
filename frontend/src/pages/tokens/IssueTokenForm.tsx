import { Alert, Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '../../api/errors';
import { useTexts } from '../../components/registry/texts';
import { useI18n } from '../../i18n';
import { TEXTS } from './texts';
import { CreateTokenDocument } from './tokenDocuments';

type Values = { label: string; townIds: string[]; expiresInDays: number };
type Props = {
  open: boolean;
  towns: { id: string; name: string }[];
  onClose: () => void;
  /** The secret of the new token. */
  onIssued: (secret: string) => void;
};

/** The dialog to issue a token: organisation, towns, validity. */
export function IssueTokenForm({ open, towns, onClose, onIssued }: Props) {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, create] = useMutation(CreateTokenDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (values: Values) => {
    setProblem(null);
    const { data, error } = await create({ input: { label: values.label.trim(), townIds: values.townIds, expiresInDays: values.expiresInDays } });
    const payloadErrors = data?.createApiToken.errors;
    setFields(fieldErrors(payloadErrors));
    const message = errorMessage(error, payloadErrors, { network: tShared('error.network'), unknown: tShared('error.unknown') });
    if (message) return setProblem(message);
    const secret = data?.createApiToken.secret;
    if (secret) {
      form.resetFields();
      onIssued(secret);
    }
  };

  return (
    <Modal open={open} title={t('issue')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ expiresInDays: 30, townIds: towns.length === 1 ? [towns[0]?.id] : [] }}
      >
        <Form.Item name="label" label={t('label')} rules={[{ required: true, whitespace: true, message: t('labelRequired') }]} help={fields.label} validateStatus={fields.label ? 'error' : undefined}>
          <Input maxLength={100} data-testid="token-label" />
        </Form.Item>
        <Form.Item name="townIds" label={t('towns')} rules={[{ required: true, message: t('townsRequired') }]} help={fields.townIds} validateStatus={fields.townIds ? 'error' : undefined}>
          <Select mode="multiple" optionFilterProp="label" options={towns.map((town) => ({ value: town.id, label: town.name }))} data-testid="token-towns" />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('days')} help={fields.expiresInDays} validateStatus={fields.expiresInDays ? 'error' : undefined}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={fetching} block data-testid="token-submit">
          {t('submit')}
        </Button>
      </Form>
    </Modal>
  );
}
