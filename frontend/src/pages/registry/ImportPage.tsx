import { ArrowLeftOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { useJob } from '../../api/useJob';
import { can, primaryMembership, useViewer } from '../../auth/viewer';
import { DownloadButton } from '../../components/registry/DownloadButton';
import { downloadUrl } from '../../components/registry/download';
import { useTexts } from '../../components/registry/texts';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { ImportResultView } from './ImportResultView';
import { TEXTS } from './texts';
import { usePlaces } from './usePlaces';

const ImportRegistryDocument = graphql(`
  mutation ImportRegistry($input: ImportRegistryInput!) {
    importRegistry(input: $input) {
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

/** Upload a spreadsheet (GraphQL multipart), follow the job, show the result by row. */
export default function ImportPage() {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const { viewer } = useViewer();
  const { towns, fetching: placesLoading } = usePlaces();
  const [{ fetching }, importRegistry] = useMutation(ImportRegistryDocument);
  const [file, setFile] = useState<File | null>(null);
  const [chosenTown, setTownId] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { job, error: jobError } = useJob(jobId, 1000);
  const texts = { network: tShared('error.network'), unknown: tShared('error.unknown') };

  const townId = chosenTown ?? primaryMembership(viewer)?.town?.id ?? (towns.length === 1 ? towns[0]?.id : undefined);
  const mayImport = can(viewer, 'registry', 'import') && !viewer?.readOnly;

  const start = async () => {
    setProblem(null);
    if (!townId) return setProblem(t('import.noTown'));
    if (!file) return setProblem(t('import.noFile'));
    const { data, error } = await importRegistry({ input: { townId, file } });
    const message = errorMessage(error, data?.importRegistry.errors, texts);
    if (message) return setProblem(message);
    setJobId(data?.importRegistry.job?.id ?? null);
  };

  const again = () => {
    setJobId(null);
    setFile(null);
    setProblem(null);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="registry-import-page">
      <Link to="/registry">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('detail.back')}
        </Button>
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('import.help')}
      </Typography.Paragraph>
      {!mayImport && <Alert type="warning" showIcon message={tShared('error.forbidden')} />}

      <Card size="small">
        {jobId ? (
          job ? (
            <ImportResultView job={job} onAgain={again} />
          ) : (
            <Alert
              type={jobError ? 'error' : 'info'}
              showIcon
              message={jobError ? errorMessage(jobError, null, texts) : t('import.queued')}
            />
          )
        ) : (
          <Form layout="vertical" onFinish={() => void start()}>
            {towns.length > 1 && (
              <Form.Item label={t('import.town')} required>
                <Select
                  value={townId}
                  onChange={setTownId}
                  loading={placesLoading}
                  showSearch
                  optionFilterProp="label"
                  options={towns.map((town) => ({ value: town.id, label: town.name }))}
                />
              </Form.Item>
            )}
            <Form.Item>
              <Upload.Dragger
                accept=".xlsx,.csv"
                maxCount={1}
                fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
                beforeUpload={(picked) => {
                  setFile(picked);
                  setProblem(null);
                  return false;
                }}
                onRemove={() => setFile(null)}
                data-testid="import-file"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('import.pick')}</p>
                <p className="ant-upload-hint">{t('import.pickHint')}</p>
              </Upload.Dragger>
            </Form.Item>
            {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} data-testid="import-problem" />}
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={fetching} disabled={!mayImport} data-testid="import-start">
                {t('import.start')}
              </Button>
              <DownloadButton url={downloadUrl('registry-template.xlsx')} filename="户籍台账导入模板.xlsx">
                {t('action.template')}
              </DownloadButton>
            </Space>
          </Form>
        )}
      </Card>
    </Space>
  );
}
