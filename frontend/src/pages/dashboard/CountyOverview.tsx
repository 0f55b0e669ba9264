import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useI18n } from '../../i18n';
import { ComparisonTable } from './ComparisonTable';
import { MockEvaluationCard } from './MockEvaluationCard';
import { RadarCard } from './RadarCard';
import { ScoringButton } from './ScoringButton';
import { TotalsCard } from './TotalsCard';
import { YearSelect } from './YearSelect';
import { CountyComparisonDocument } from './queries';
import { useDashText } from './texts';

/** The county's towns for a year: ranked totals, sub-scores, mock evaluation. */
export function CountyOverview({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const text = useDashText();
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: CountyComparisonDocument, variables: { year } });
  const rows = result.data?.countyComparison ?? [];
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="county-overview">
      <Row gutter={[16, 16]} align="middle" justify="space-between">
        <Col xs={24} md={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {text('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{text('subtitle')}</Typography.Text>
        </Col>
        <Col xs={24} md={12}>
          <Space wrap align="start" style={{ justifyContent: 'flex-end', width: '100%' }}>
            <YearSelect value={year} onChange={onYear} />
            <Button icon={<DownloadOutlined />} href={`/download/county-comparison.xlsx?year=${year}`} data-testid="export-comparison">
              {text('export')}
            </Button>
            <ScoringButton
              year={year}
              onDone={refresh}
            />
          </Space>
        </Col>
      </Row>
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      <Card size="small" title={text('explanation')} loading={result.fetching && !result.data}>
        <ComparisonTable rows={rows} loading={result.fetching} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <TotalsCard rows={rows} loading={result.fetching && !result.data} />
        </Col>
        <Col xs={24} lg={12}>
          <RadarCard rows={rows} />
        </Col>
        <Col xs={24}>
          <MockEvaluationCard subjects={rows.map((r) => ({ key: r.townId, name: r.townName, estimates: r.mockEvaluation }))} />
        </Col>
      </Row>
    </Space>
  );
}
