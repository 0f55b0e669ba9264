import { Alert, Button, Empty, Progress, Result, Space, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { JobState } from '../../api/useJob';
import { DownloadButton } from '../../components/registry/DownloadButton';
import { downloadUrl } from '../../components/registry/download';
import { useTexts } from '../../components/registry/texts';
import { parseImportResult, type RowError } from './importResult';
import { TEXTS } from './texts';

/** Where an import job is: progress, then the counts or the row-by-row errors. */
export function ImportResultView({ job, onAgain }: { job: JobState; onAgain: () => void }) {
  const t = useTexts(TEXTS);
  const again = <Button onClick={onAgain}>{t('import.again')}</Button>;

  if (job.status === 'queued' || job.status === 'running') {
    const percent = job.total > 0 ? Math.round((job.progress / job.total) * 100) : 0;
    return (
      <div data-testid="import-progress">
        <Progress percent={percent} status="active" />
        {job.status === 'queued' ? t('import.queued') : t('import.running', { progress: job.progress, total: job.total })}
      </div>
    );
  }
  if (job.status === 'failed') {
    return <Result status="error" title={t('import.failed')} subTitle={job.error ?? undefined} extra={again} />;
  }
  const result = parseImportResult(job.result);
  if (result?.status === 'imported') {
    const h = result.households;
    const m = result.members;
    return (
      <Result
        status="success"
        title={t('import.done')}
        subTitle={
          <Space direction="vertical">
            <span data-testid="import-counts">
              {t('import.counts', { hc: h.created, hu: h.updated, hn: h.unchanged, mc: m.created, mu: m.updated, mn: m.unchanged })}
            </span>
            {result.duplicatesElsewhere > 0 && <Alert type="warning" showIcon message={t('import.duplicates', { count: result.duplicatesElsewhere })} />}
            {result.categoryDifferences > 0 && <Alert type="warning" showIcon message={t('import.differences', { count: result.categoryDifferences })} />}
          </Space>
        }
        extra={[
          <Link key="list" to="/registry">
            <Button type="primary">{t('import.toList')}</Button>
          </Link>,
          <span key="again">{again}</span>,
        ]}
      />
    );
  }
  const errors: RowError[] = result?.status === 'invalid' ? result.errors : [];
  const count = result?.status === 'invalid' ? result.errorCount : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-errors">
      <Alert type="error" showIcon message={t('import.invalid', { count })} description={t('import.invalidHelp')} />
      <Space wrap>
        <DownloadButton url={downloadUrl('import-report.xlsx', { job: job.id })} filename="导入错误报告.xlsx" type="primary">
          {t('import.report')}
        </DownloadButton>
        {again}
      </Space>
      <Table<RowError>
        rowKey={(row) => `${row.row}-${row.column}-${row.message}`}
        size="small"
        dataSource={errors}
        pagination={errors.length > 20 ? { pageSize: 20, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        columns={[
          { key: 'row', title: t('import.row'), width: 72, render: (_, row) => (row.row === 0 ? t('import.fileRow') : row.row) },
          { key: 'column', title: t('import.column'), render: (_, row) => row.column || '—' },
          { key: 'message', title: t('import.message'), render: (_, row) => <span data-testid="import-error-message">{row.message}</span> },
        ]}
      />
    </Space>
  );
}
