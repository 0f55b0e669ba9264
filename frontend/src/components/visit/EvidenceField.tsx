import { CameraOutlined, FileAddOutlined, FileOutlined, PictureOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useMutation } from 'urql';
import { useErrorReporter } from '../../api/errors';
import { UploadEvidenceDocument } from './documents';
import type { CheckpointInfo, Evidence } from './formModel';
import { useVisitText } from './texts';

type Props = {
  checkpoint: CheckpointInfo;
  townId: string | null;
  evidence: Evidence[];
  onChange: (evidence: Evidence[]) => void;
  disabled?: boolean;
};

/** Photos and documents of one answer: uploaded at once (metadata stripped by the server). */
export function EvidenceField({ checkpoint, townId, evidence, onChange, disabled }: Props) {
  const t = useVisitText();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [, upload] = useMutation(UploadEvidenceDocument);
  const [busy, setBusy] = useState(false);
  const photoInput = useRef<HTMLInputElement>(null);
  const documentInput = useRef<HTMLInputElement>(null);
  const code = checkpoint.code;

  const onFiles = async (event: ChangeEvent<HTMLInputElement>, kind: Evidence['kind']) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0 || !townId) return;
    if (!navigator.onLine) {
      void message.warning(t('form.uploadOffline'));
      return;
    }
    setBusy(true);
    const added: Evidence[] = [];
    try {
      for (const file of files) {
        const { data, error } = await upload({ townId, file, kind });
        if (report(error, data?.uploadEvidence.errors)) break;
        const stored = data?.uploadEvidence.file;
        if (stored) added.push({ key: stored.key, kind, name: stored.filename || file.name });
      }
    } finally {
      setBusy(false);
    }
    if (added.length > 0) onChange([...evidence, ...added]);
  };

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {evidence.length > 0 && (
        <Space size={[4, 4]} wrap data-testid={`evidence-${code}`}>
          {evidence.map((item) => (
            <Tag
              key={item.key}
              icon={item.kind === 'photo' ? <PictureOutlined /> : <FileOutlined />}
              closable={!disabled}
              onClose={() => onChange(evidence.filter((other) => other.key !== item.key))}
              style={{ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
            >
              {item.name}
            </Tag>
          ))}
        </Space>
      )}
      {!disabled && (
        <Space size={8} wrap>
          <Button size="small" icon={<CameraOutlined />} loading={busy} onClick={() => photoInput.current?.click()}>
            {t('form.addPhoto')}
          </Button>
          <Button size="small" icon={<FileAddOutlined />} loading={busy} onClick={() => documentInput.current?.click()}>
            {t('form.addDocument')}
          </Button>
          {busy && <Typography.Text type="secondary">{t('form.uploading')}</Typography.Text>}
        </Space>
      )}
      <input
        ref={photoInput}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid={`upload-photo-${code}`}
        onChange={(event) => void onFiles(event, 'photo')}
      />
      <input
        ref={documentInput}
        type="file"
        accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
        multiple
        hidden
        data-testid={`upload-document-${code}`}
        onChange={(event) => void onFiles(event, 'document')}
      />
    </Space>
  );
}
