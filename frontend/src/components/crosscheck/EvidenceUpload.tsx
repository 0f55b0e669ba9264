import { CameraOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorReporter } from '../../api/errors';
import { graphql } from '../../gql';
import type { EvidenceRef } from './answers';
import { useCrossText } from './messages';

const UploadCrossEvidenceDocument = graphql(`
  mutation UploadCrossEvidence($townId: ID!, $file: Upload!, $kind: String!) {
    uploadEvidence(townId: $townId, file: $file, kind: $kind) {
      file {
        key
        kind
        filename
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
  townId: string;
  evidence: EvidenceRef[];
  onChange: (next: EvidenceRef[]) => void;
  photos: number;
  documents: number;
  testId?: string;
};

/** Photos (camera on phones) and documents for one answer, uploaded as they are picked. */
export function EvidenceUpload({ townId, evidence, onChange, photos, documents, testId }: Props) {
  const ct = useCrossText();
  const report = useErrorReporter();
  const [, upload] = useMutation(UploadCrossEvidenceDocument);
  const [busy, setBusy] = useState<string | null>(null);

  const send = async (file: File, kind: 'photo' | 'document') => {
    setBusy(kind);
    const { data, error } = await upload({ townId, file, kind });
    setBusy(null);
    if (report(error, data?.uploadEvidence.errors)) return;
    const stored = data?.uploadEvidence.file;
    if (stored) onChange([...evidence, { key: stored.key, name: stored.filename, kind: stored.kind }]);
  };

  const picker = (kind: 'photo' | 'document') => (
    <Upload
      accept={kind === 'photo' ? 'image/jpeg,image/png,image/webp' : '.pdf,.docx,.xlsx'}
      capture={kind === 'photo' ? 'environment' : undefined}
      showUploadList={false}
      beforeUpload={(file) => {
        void send(file, kind);
        return false;
      }}
    >
      <Button size="small" icon={kind === 'photo' ? <CameraOutlined /> : <FileAddOutlined />} loading={busy === kind} data-testid={testId ? `${testId}-${kind}` : undefined}>
        {kind === 'photo' ? ct('cc.visit.uploadPhoto') : ct('cc.visit.uploadDoc')}
      </Button>
    </Upload>
  );

  return (
    <Space direction="vertical" size={4}>
      {(photos > 0 || documents > 0) && (
        <span style={{ color: 'rgba(0,0,0,0.45)' }}>{ct('cc.visit.evidence', { photos, documents })}</span>
      )}
      <Space wrap size={4}>
        {picker('photo')}
        {documents > 0 && picker('document')}
        {evidence.map((item) => (
          <Tag key={item.key} closable onClose={() => onChange(evidence.filter((e) => e.key !== item.key))}>
            {item.name}
          </Tag>
        ))}
      </Space>
    </Space>
  );
}
