import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from '../../pages/ledger/messages';

const UploadLedgerEvidenceDocument = graphql(`
  mutation UploadLedgerEvidence($townId: ID!, $file: Upload!, $kind: String!) {
    uploadEvidence(townId: $townId, file: $file, kind: $kind) {
      file {
        key
        kind
        filename
        size
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

type Props = {
  townId: string | null;
  /** The stored files' keys, in upload order. */
  onChange: (keys: string[]) => void;
};

/** Evidence files for a step: each goes up at once (GraphQL multipart), keys come back. */
export function EvidenceUpload({ townId, onChange }: Props) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const [, upload] = useMutation(UploadLedgerEvidenceDocument);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const publish = (next: UploadFile[]) => {
    setFiles(next);
    onChange(next.filter((f) => f.status === 'done' && f.response).map((f) => String(f.response)));
  };

  if (!townId) return <Alert type="warning" showIcon message={lt('evidenceNoTown')} />;

  return (
    <div data-testid="evidence-upload">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 8 }} data-testid="evidence-error" />}
      <Upload
        multiple
        fileList={files}
        accept="image/*,.pdf,.doc,.docx,.xls,.xlsx"
        onRemove={(file) => publish(files.filter((f) => f.uid !== file.uid))}
        customRequest={async (options) => {
          const file = options.file as File;
          setFailure(null);
          const kind = file.type.startsWith('image/') ? 'photo' : 'document';
          const { data, error } = await upload({ townId, file, kind });
          const problem = errorMessage(error, data?.uploadEvidence.errors, { network: t('error.network'), unknown: t('error.unknown') });
          const stored = data?.uploadEvidence.file;
          if (problem || !stored) {
            setFailure(problem ?? t('error.unknown'));
            options.onError?.(new Error(problem ?? ''));
            return;
          }
          options.onSuccess?.(stored.key);
        }}
        onChange={({ fileList }) => publish(fileList.filter((f) => f.status !== 'error'))}
      >
        <Button icon={<UploadOutlined />}>{lt('evidenceUpload')}</Button>
      </Upload>
      <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginTop: 4 }}>{lt('evidenceHint')}</div>
    </div>
  );
}
