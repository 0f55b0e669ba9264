import { CloudUploadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { DownloadButton } from '../../components/registry/DownloadButton';
import { downloadUrl } from '../../components/registry/download';
import { PagerBar } from '../../components/registry/PagerBar';
import { useTexts } from '../../components/registry/texts';
import { useCursorPages } from '../../components/registry/useCursorPages';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { exportParams, filterInput, paramsFromValues, valuesFromParams, type FilterValues } from './filter';
import { HouseholdFilters } from './HouseholdFilters';
import { HouseholdTable } from './HouseholdTable';
import { TEXTS } from './texts';

const PAGE_SIZE = 20;

const RegistryHouseholdsDocument = graphql(`
  query RegistryHouseholds($first: Int!, $after: String, $filter: HouseholdFilterInput) {
    households(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          headName
          address
          category
          categoryLabel
          phone
          village {
            id
            name
          }
          members {
            id
          }
          helpers {
            id
            name
          }
          riskFlags {
            flag
            label
          }
        }
      }
    }
  }
`);

/** The household list: filters in the URL, cursor pages, import/export/template actions. */
export default function HouseholdListPage() {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => valuesFromParams(params), [params]);
  const filter = useMemo(() => filterInput(values), [values]);
  const pages = useCursorPages();
  const { reset } = pages;
  const key = params.toString();
  useEffect(() => reset(), [key, reset]);

  const [result] = useQuery({
    query: RegistryHouseholdsDocument,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const connection = result.data?.households;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const problem = errorMessage(result.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') });
  const apply = (next: FilterValues) => setParams(paramsFromValues(next));
  const mayImport = can(viewer, 'registry', 'import') && !viewer?.readOnly;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="registry-list">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          {mayImport && (
            <Link to="import">
              <Button type="primary" icon={<CloudUploadOutlined />} data-testid="registry-import">
                {t('action.import')}
              </Button>
            </Link>
          )}
          <DownloadButton url={downloadUrl('households.xlsx', exportParams(values))} filename="户籍台账.xlsx" icon={<FileExcelOutlined />}>
            {t('action.export')}
          </DownloadButton>
          {mayImport && (
            <DownloadButton url={downloadUrl('registry-template.xlsx')} filename="户籍台账导入模板.xlsx" type="link">
              {t('action.template')}
            </DownloadButton>
          )}
        </Space>
      </div>

      <Card size="small">
        <HouseholdFilters values={values} onChange={apply} />
      </Card>

      {problem && <Alert type="error" showIcon message={problem} data-testid="registry-error" />}

      <Card size="small" styles={{ body: { padding: 12 } }}>
        <HouseholdTable rows={rows} loading={result.fetching} linkSuffix={key ? `?back=${encodeURIComponent(key)}` : ''} />
        {connection && (
          <PagerBar
            summary={t('list.total', { count: connection.totalCount })}
            pageLabel={t('list.page', { page: pages.page })}
            prevLabel={t('list.prev')}
            nextLabel={t('list.next')}
            hasPrevious={pages.page > 1}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
            disabled={result.fetching}
          />
        )}
      </Card>
    </Space>
  );
}
