import { Card, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import type { AnswerState, AnswerType, AnswerValue } from './answers';
import { EvidenceUpload } from './EvidenceUpload';
import { useCrossText } from './messages';

export type AnswerCheckpoint = {
  code: string;
  text: string;
  answerType: AnswerType;
  required: boolean;
  choices: string[];
  unit: string;
  guidance: string;
  evidencePhotos: number;
  evidenceDocuments: number;
};

type Props = {
  checkpoint: AnswerCheckpoint;
  state: AnswerState;
  onChange: (next: AnswerState) => void;
  townId: string;
  registry: string | null;
  registryFlag: boolean;
  missing: boolean;
};

/** One checkpoint of the cross-check form: the answer control for its type, note and evidence. */
export function AnswerField({ checkpoint, state, onChange, townId, registry, registryFlag, missing }: Props) {
  const ct = useCrossText();
  const set = (value: AnswerValue) => onChange({ ...state, value });
  const type = checkpoint.answerType;

  let control;
  if (type === 'yes_no') {
    control = (
      <Radio.Group value={state.value} onChange={(e) => set(e.target.value as boolean)} optionType="button" buttonStyle="solid">
        <Radio value={true}>{ct('cc.visit.yes')}</Radio>
        <Radio value={false}>{ct('cc.visit.no')}</Radio>
      </Radio.Group>
    );
  } else if (type === 'number') {
    control = (
      <InputNumber
        value={typeof state.value === 'number' ? state.value : null}
        onChange={(v) => set(typeof v === 'number' ? v : null)}
        addonAfter={checkpoint.unit || undefined}
        inputMode="decimal"
        style={{ width: '100%', maxWidth: 260 }}
      />
    );
  } else if (type === 'grade' || (type === 'choice' && checkpoint.choices.length <= 4)) {
    control = (
      <Radio.Group value={state.value} onChange={(e) => set(e.target.value as string)} optionType="button" buttonStyle="solid">
        {checkpoint.choices.map((choice) => (
          <Radio value={choice} key={choice}>
            {choice}
          </Radio>
        ))}
      </Radio.Group>
    );
  } else if (type === 'choice') {
    control = (
      <Select
        value={typeof state.value === 'string' ? state.value : undefined}
        onChange={(v: string) => set(v)}
        options={checkpoint.choices.map((choice) => ({ value: choice, label: choice }))}
        style={{ width: '100%' }}
      />
    );
  } else if (type === 'photo') {
    control = <Typography.Text type="secondary">{ct('cc.visit.photoOnly')}</Typography.Text>;
  } else {
    control = <Input.TextArea value={typeof state.value === 'string' ? state.value : ''} onChange={(e) => set(e.target.value)} autoSize={{ minRows: 1, maxRows: 4 }} />;
  }

  return (
    <Card
      size="small"
      data-testid={`answer-${checkpoint.code}`}
      data-type={type}
      data-photos={checkpoint.evidencePhotos}
      data-documents={checkpoint.evidenceDocuments}
      style={missing ? { borderColor: '#ff4d4f' } : undefined}
      title={
        <Space size={4} wrap style={{ whiteSpace: 'normal' }}>
          <Typography.Text type="secondary">{checkpoint.code}</Typography.Text>
          {checkpoint.required && <Tag color="red">{ct('cc.visit.required')}</Tag>}
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={8}>
        <Typography.Text>{checkpoint.text}</Typography.Text>
        {checkpoint.guidance && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{checkpoint.guidance}</Typography.Text>}
        {(registry !== null || registryFlag) && (
          <Space size={4} wrap>
            {registry !== null && <Tag color="blue">{ct('cc.visit.registry', { value: registry })}</Tag>}
            {registryFlag && <Tag color="orange">{ct('cc.visit.registryFlag')}</Tag>}
          </Space>
        )}
        {control}
        {missing && <Typography.Text type="danger">{ct('cc.visit.requiredMsg')}</Typography.Text>}
        <Input
          value={state.note}
          onChange={(e) => onChange({ ...state, note: e.target.value })}
          placeholder={ct('cc.visit.answerNote')}
          maxLength={500}
        />
        <EvidenceUpload
          townId={townId}
          evidence={state.evidence}
          onChange={(evidence) => onChange({ ...state, evidence })}
          photos={checkpoint.evidencePhotos}
          documents={checkpoint.evidenceDocuments}
          testId={`evidence-${checkpoint.code}`}
        />
      </Space>
    </Card>
  );
}
