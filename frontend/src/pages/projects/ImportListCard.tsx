import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Progress, Select, Space, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { useJob } from '../../api/useJob';
import { graphql } from '../../gql';
import type { DepartmentListKind } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useProjectText } from './texts';

const ImportDepartmentListDocument = graphql(`
  mutation ImportDepartmentList($townId: ID!, $kind: DepartmentListKind!, $year: Int!, $file: Upload!, $label: String!) {
    importDepartmentList(townId: $townId, kind: $kind, year: $year, file: $file, label: $label) {
      job {
        id
        status
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

const KINDS: { value: DepartmentListKind; zh: string; en: string }[] = [
  { value: 'DIBAO', zh: '低保', en: 'Dibao' },
  { value: 'TEKUN', zh: '特困供养', en: 'Extreme poverty support' },
  { value: 'TEMPORARY_AID', zh: '临时救助', en: 'Temporary aid' },
  { value: 'DISABILITY_SUBSIDY', zh: '残疾人补贴', en: 'Disability subsidy' },
  { value: 'TRAINING', zh: '培训', en: 'Training' },
  { value: 'PUBLIC_WELFARE_JOB', zh: '公益岗位', en: 'Public welfare jobs' },
  { value: 'MICROCREDIT', zh: '小额信贷', en: 'Microcredit' },
];

type Props = { townId: string; year: number; onImported: () => void };

/** Upload a department's list; follow the import job; offer the error report when it fails. */
export function ImportListCard({ townId, year, onImported }: Props) {
  const text = useProjectText();
  const { t, pick } = useI18n();
  const [{ fetching }, importList] = useMutation(ImportDepartmentListDocument);
  const [kind, setKind] = useState<DepartmentListKind | undefined>(undefined);
  const [label, setLabel] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { progress: job } = useJob(jobId);
  const done = useRef<string | null>(null);

  useEffect(() => {
    if (jobId && job?.status === 'done' && done.current !== jobId) {
      done.current = jobId;
      onImported();
    }
  }, [job, jobId, onImported]);

  const start = async () => {
    setProblem(null);
    if (!kind) return setProblem(text('lists.noKind'));
    if (!file) return setProblem(text('lists.noFile'));
    const { data, error } = await importList({ townId, kind, year, file, label });
    const message = errorMessage(error, data?.importDepartmentList.errors, { network: t('error.network'), unknown: t('error.unknown') });
    if (message) return setProblem(message);
    setJobId(data?.importDepartmentList.job?.id ?? null);
  };

  const result = job?.result as { status?: string; rows?: number; error_count?: number; unmatched_count?: number } | null | undefined;
  const running = !!job && job.status !== 'done' && job.status !== 'failed';
  const percent = job?.status === 'done' ? 100 : job && job.total > 0 ? Math.round((job.progress / job.total) * 100) : 0;

  return (
    <Card size="small" title={text('lists.import')} data-testid="import-list">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select
            aria-label={text('lists.kind')}
            placeholder={text('lists.kind')}
            value={kind}
            onChange={setKind}
            style={{ minWidth: 150 }}
            options={KINDS.map((k) => ({ value: k.value, label: pick(k.zh, k.en) }))}
          />
          <Input aria-label={text('lists.label')} placeholder={text('lists.label')} value={label} onChange={(e) => setLabel(e.target.value)} style={{ width: 180 }} />
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />}>{text('lists.file')}</Button>
          </Upload>
          <Button type="primary" loading={fetching || running} onClick={() => void start()}>
            {text('lists.start')}
          </Button>
        </Space>
        {problem ? <Alert type="error" showIcon message={problem} /> : null}
        {job ? (
          <Progress percent={percent} size="small" status={job.status === 'failed' || result?.status === 'invalid' ? 'exception' : job.status === 'done' ? 'success' : 'active'} />
        ) : null}
        {job && running ? <Alert type="info" message={job.total > 0 ? text('lists.running', { done: job.progress, total: job.total }) : text('lists.queued')} /> : null}
        {job?.status === 'failed' ? <Alert type="error" showIcon message={text('lists.failed', { error: job.error ?? '' })} /> : null}
        {job?.status === 'done' && result?.status === 'imported' ? <Alert type="success" showIcon message={text('lists.imported', { rows: result.rows ?? 0 })} /> : null}
        {job?.status === 'done' && result?.status === 'invalid' ? (
          <Alert
            type="error"
            showIcon
            message={text('lists.invalid', { errors: result.error_count ?? 0, unmatched: result.unmatched_count ?? 0 })}
            action={
              <Button size="small" icon={<DownloadOutlined />} href={`/download/department-list-report.xlsx?job=${encodeURIComponent(jobId ?? '')}`}>
                {text('lists.report')}
              </Button>
            }
          />
        ) : null}
      </Space>
    </Card>
  );
}
