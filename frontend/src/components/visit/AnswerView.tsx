import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import type { CheckpointInfo } from './formModel';
import { answerType } from './formModel';
import { useVisitText } from './texts';

type Props = {
  checkpoint: CheckpointInfo | undefined;
  code: string;
  value: unknown;
  note: string;
  evidence: readonly string[];
  fixedOnSpot: boolean;
};

/** One submitted answer, read-only (review). */
export function AnswerView({ checkpoint, code, value, note, evidence, fixedOnSpot }: Props) {
  const t = useVisitText();
  const type = checkpoint ? answerType(checkpoint) : 'text';
  let shown: string;
  if (value === null || value === undefined || value === '') shown = type === 'photo' ? '' : t('review.noAnswer');
  else if (typeof value === 'boolean') shown = value ? t('form.yes') : t('form.no');
  else shown = `${String(value)}${type === 'number' && checkpoint?.unit ? ` ${checkpoint.unit}` : ''}`;
  return (
    <div data-testid={`answer-view-${code}`} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {code}
      </Typography.Text>
      <Typography.Paragraph style={{ margin: 0 }}>{checkpoint?.text ?? code}</Typography.Paragraph>
      <Space size={6} wrap>
        {shown && <Typography.Text strong>{shown}</Typography.Text>}
        {fixedOnSpot && <Tag color="green">{t('form.fixedOnSpot')}</Tag>}
        {evidence.length > 0 && (
          <Tag icon={<PaperClipOutlined />}>{t('review.evidenceCount', { count: evidence.length })}</Tag>
        )}
      </Space>
      {note && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 13 }}>
          {note}
        </Typography.Paragraph>
      )}
    </div>
  );
}
