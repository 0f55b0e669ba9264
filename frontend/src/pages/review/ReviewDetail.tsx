import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { AnswerView } from '../../components/visit/AnswerView';
import { ChecklistOutlineDocument, VisitDraftDocument } from '../../components/visit/documents';
import type { CheckpointInfo } from '../../components/visit/formModel';
import { groupByOutline, outlineOf } from '../../components/visit/grouping';
import { useVisitText, type VisitTextKey } from '../../components/visit/texts';
import { useActiveCycle } from '../../components/visit/useActiveCycle';
import { useI18n } from '../../i18n';
import { ReviewActions } from './ReviewActions';

/** One household's visit: the latest version's answers, earlier versions, accept or send back. */
export function ReviewDetail() {
  const { householdId = '' } = useParams();
  const t = useVisitText();
  const { t: common } = useI18n();
  const navigate = useNavigate();
  const { cycle, fetching: cycleLoading, error: cycleError } = useActiveCycle();
  const [draft, reexecute] = useQuery({
    query: VisitDraftDocument,
    variables: { cycleId: cycle?.id ?? '', householdId },
    pause: !cycle,
    requestPolicy: 'cache-and-network',
  });
  const [outline] = useQuery({ query: ChecklistOutlineDocument });
  const data = draft.data?.visitDraft;
  const visit = data?.visit ?? null;
  const latest = visit?.versions.find((v) => v.version === visit.version) ?? visit?.versions[visit.versions.length - 1];
  const earlier = (visit?.versions ?? []).filter((v) => v !== latest).sort((a, b) => b.version - a.version);
  const checkpoints = useMemo(() => new Map<string, CheckpointInfo>((data?.answers ?? []).map((a) => [a.checkpoint.code, a.checkpoint])), [data]);
  const groups = useMemo(
    () => groupByOutline(outlineOf(outline.data, cycle?.versionId), latest?.answers ?? [], (a) => a.checkpoint),
    [outline.data, cycle?.versionId, latest],
  );
  const problem = errorMessage(cycleError ?? draft.error, null, { network: common('error.network'), unknown: common('error.unknown') });

  const back = (
    <Button size="small" icon={<ArrowLeftOutlined />} onClick={() => navigate('/review')}>
      {t('visits.back')}
    </Button>
  );
  if (cycleLoading || (!data && draft.fetching)) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  if (!data || !visit || !latest) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {back}
        {problem ? <Alert type="error" showIcon message={problem} /> : <Empty description={t('review.notFound')} />}
      </Space>
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="review-detail" data-state={visit.state}>
      <Card size="small">
        <Space direction="vertical" size={6} style={{ width: '100%' }}>
          <Space wrap size={8}>
            {back}
            <Typography.Title level={5} style={{ margin: 0 }}>
              {data.headName}
            </Typography.Title>
            <Tag color="blue">{t('form.version', { version: visit.version })}</Tag>
            <Tag data-testid="review-state">{t(`state.${visit.state}` as VisitTextKey)}</Tag>
          </Space>
          <Typography.Text type="secondary">
            {t('form.visitedOn')} {latest.visitedOn} · {t('review.submittedAt', { time: dayjs(latest.submittedAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Text>
          {latest.note && <Typography.Text>{t('review.visitNote', { note: latest.note })}</Typography.Text>}
          {visit.reviewComment && <Alert type="warning" showIcon message={t('review.comment', { comment: visit.reviewComment })} />}
          {visit.state === 'submitted' ? (
            <ReviewActions visitId={visit.id} onDone={() => {
              reexecute({ requestPolicy: 'network-only' });
              navigate('/review');
            }} />
          ) : null}
        </Space>
      </Card>

      <Card size="small" title={t('review.answers')}>
        {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noAnswer')} />}
        {groups.map((group) => (
          <div key={group.key} style={{ marginBottom: 8 }}>
            {group.section && (
              <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
                {group.section} · {group.item}
              </Typography.Text>
            )}
            {group.entries.map((answer) => (
              <AnswerView
                key={answer.checkpoint}
                code={answer.checkpoint}
                checkpoint={checkpoints.get(answer.checkpoint)}
                value={answer.value}
                note={answer.note}
                evidence={answer.evidence}
                fixedOnSpot={answer.fixedOnSpot}
              />
            ))}
          </div>
        ))}
      </Card>

      {earlier.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'versions',
              label: t('review.versions'),
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {earlier.map((version) => (
                    <div key={version.version}>
                      <Typography.Text strong>{t('form.version', { version: version.version })}</Typography.Text>{' '}
                      <Typography.Text type="secondary">{dayjs(version.submittedAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                      {version.reviewComment && <div>{t('review.comment', { comment: version.reviewComment })}</div>}
                    </div>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
