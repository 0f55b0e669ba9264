import { Alert, Button, Card, Input, Space, Switch, Tag, Typography } from 'antd';
import { memo } from 'react';
import { AnswerInput } from './AnswerInput';
import { EvidenceField } from './EvidenceField';
import type { DraftAnswer, FormAnswer, Problem } from './formModel';
import { isAnswered, problems as findProblems } from './formModel';
import { useVisitText, type VisitTextKey } from './texts';

type Props = {
  draft: DraftAnswer;
  answer: FormAnswer;
  onChange: (code: string, answer: FormAnswer) => void;
  townId: string | null;
  showProblems: boolean;
  disabled?: boolean;
};

const SOURCE: Partial<Record<string, VisitTextKey>> = {
  registry: 'form.source.registry',
  previous: 'form.source.previous',
  visit: 'form.source.visit',
};

/** One checkpoint of the visit form: the question, its answer, evidence, note, fixed on the spot. */
export const CheckpointCard = memo(function CheckpointCard({ draft, answer, onChange, townId, showProblems, disabled }: Props) {
  const t = useVisitText();
  const checkpoint = draft.checkpoint;
  const code = checkpoint.code;
  const set = (patch: Partial<FormAnswer>) => onChange(code, { ...answer, ...patch });
  const found = showProblems ? findProblems(checkpoint, answer) : [];
  const source = SOURCE[draft.source];
  const problemText = (problem: Problem): string => {
    switch (problem) {
      case 'required':
        return t('form.missing', { count: 1 });
      case 'photos':
        return t('form.needPhotos', { count: checkpoint.evidencePhotos });
      case 'documents':
        return t('form.needDocuments', { count: checkpoint.evidenceDocuments });
      case 'fixedOnSpot':
        return t('form.fixedOnSpotHint');
      case 'number':
        return t('form.textPlaceholder');
    }
  };

  return (
    <Card
      size="small"
      data-testid={`checkpoint-${code}`}
      data-need-photos={checkpoint.evidencePhotos}
      data-need-documents={checkpoint.evidenceDocuments}
      data-required={checkpoint.required ? 'true' : 'false'}
      data-answer-type={checkpoint.answerType}
      data-answered={isAnswered(checkpoint, answer) ? 'true' : 'false'}
      style={found.length > 0 ? { borderColor: '#ff4d4f' } : undefined}
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <div>
          <Space size={4} wrap style={{ marginBottom: 4 }}>
            <Typography.Text type="secondary">{code}</Typography.Text>
            {checkpoint.required && <Tag color="red">{t('form.required')}</Tag>}
            {source && <Tag color="blue">{t(source)}</Tag>}
            {draft.registryVerdict === false && <Tag color="orange">{t('form.registryWarns')}</Tag>}
          </Space>
          <Typography.Paragraph strong style={{ marginBottom: 0 }}>
            {checkpoint.text}
          </Typography.Paragraph>
          {checkpoint.guidance && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }} ellipsis={{ rows: 2, expandable: true }}>
              {checkpoint.guidance}
            </Typography.Paragraph>
          )}
        </div>

        <Space size={8} wrap align="center" style={{ width: '100%' }}>
          <AnswerInput checkpoint={checkpoint} value={answer.value} onChange={(value) => set({ value })} disabled={disabled} />
          {!disabled && !checkpoint.required && isAnswered(checkpoint, answer) && answer.value !== null && (
            <Button size="small" type="link" onClick={() => set({ value: null })}>
              {t('form.clear')}
            </Button>
          )}
        </Space>

        {(checkpoint.evidencePhotos > 0 || checkpoint.evidenceDocuments > 0) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              checkpoint.evidencePhotos > 0 ? t('form.needPhotos', { count: checkpoint.evidencePhotos }) : null,
              checkpoint.evidenceDocuments > 0 ? t('form.needDocuments', { count: checkpoint.evidenceDocuments }) : null,
              checkpoint.evidenceNote || null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        )}
        <EvidenceField
          checkpoint={checkpoint}
          townId={townId}
          evidence={answer.evidence}
          onChange={(evidence) => set({ evidence })}
          disabled={disabled}
        />

        <Input.TextArea
          aria-label={t('form.answerNote')}
          placeholder={t('form.answerNotePlaceholder')}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          disabled={disabled}
          value={answer.note}
          onChange={(event) => set({ note: event.target.value })}
        />
        <Space size={8} align="center">
          <Switch
            size="small"
            checked={answer.fixedOnSpot}
            disabled={disabled}
            onChange={(fixedOnSpot) => set({ fixedOnSpot })}
            data-testid={`fixed-${code}`}
          />
          <Typography.Text>{t('form.fixedOnSpot')}</Typography.Text>
          {answer.fixedOnSpot && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('form.fixedOnSpotHint')}
            </Typography.Text>
          )}
        </Space>
        {found.length > 0 && <Alert type="error" showIcon message={found.map(problemText).join('；')} data-testid={`problem-${code}`} />}
      </Space>
    </Card>
  );
});
