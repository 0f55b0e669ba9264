import { Alert, Card, Col, Empty, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { useTexts } from '../../components/registry/texts';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { TEXTS } from './texts';

const EvaluatorScoresDocument = graphql(`
  query EvaluatorScores($cycleId: ID!) {
    cycleScores(cycleId: $cycleId) {
      snapshot {
        id
        number
        households
        score
        dataCutoff
      }
      breakdown {
        total
        sections {
          code
          title
          points
          maximum
        }
      }
      groups(level: VILLAGE) {
        subjectId
        name
        households
        score
      }
    }
  }
`);

const fixed = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));

/** The cycle's latest score snapshot, when the viewer may read scores. */
export function EvaluatorScores({ cycleId }: { cycleId: string }) {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const [result] = useQuery({ query: EvaluatorScoresDocument, variables: { cycleId } });
  const scores = result.data?.cycleScores;
  if (result.fetching && !scores) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (result.error) {
    return <Alert type="warning" showIcon message={errorMessage(result.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') })} />;
  }
  if (!scores) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noScores')} />;
  const { snapshot, breakdown, groups } = scores;
  return (
    <Row gutter={[12, 12]} data-testid="evaluator-scores">
      <Col xs={24}>
        <Card size="small">
          <Statistic title={t('total_score')} value={fixed(breakdown.total ?? snapshot.score)} />
          <Typography.Text type="secondary">
            {t('snapshot', { number: snapshot.number, households: snapshot.households, cutoff: dayjs(snapshot.dataCutoff).format('YYYY-MM-DD HH:mm') })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('sections')}>
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={breakdown.sections}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'title', title: t('sections'), dataIndex: 'title' },
              { key: 'points', title: t('points'), render: (_, row) => fixed(row.points) },
              { key: 'maximum', title: t('maximum'), render: (_, row) => fixed(row.maximum) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('villages')}>
          <Table
            rowKey="subjectId"
            size="small"
            pagination={false}
            dataSource={groups}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
            columns={[
              { key: 'name', title: t('village'), dataIndex: 'name' },
              { key: 'households', title: t('households'), dataIndex: 'households' },
              { key: 'score', title: t('score'), render: (_, row) => fixed(row.score) },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
