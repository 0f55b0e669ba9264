import { Input, InputNumber, Radio, Select } from 'antd';
import type { AnswerType, CheckpointInfo, FormAnswer } from './formModel';
import { answerType } from './formModel';
import { useVisitText } from './texts';

type Props = {
  checkpoint: CheckpointInfo;
  value: FormAnswer['value'];
  onChange: (value: FormAnswer['value']) => void;
  disabled?: boolean;
};

/** The widget for one answer type: yes/no, number, grade, choice, text (photo: evidence only). */
export function AnswerInput({ checkpoint, value, onChange, disabled }: Props) {
  const t = useVisitText();
  const type: AnswerType = answerType(checkpoint);
  const testId = `answer-${checkpoint.code}`;
  switch (type) {
    case 'yes_no':
      return (
        <Radio.Group
          data-testid={testId}
          optionType="button"
          buttonStyle="solid"
          disabled={disabled}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(event) => onChange(event.target.value as boolean)}
          options={[
            { label: t('form.yes'), value: true },
            { label: t('form.no'), value: false },
          ]}
        />
      );
    case 'number':
      return (
        <InputNumber<string>
          data-testid={testId}
          stringMode
          inputMode="decimal"
          disabled={disabled}
          style={{ width: '100%' }}
          addonAfter={checkpoint.unit || undefined}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => onChange(next === null || next === '' ? null : String(next))}
        />
      );
    case 'grade':
      return (
        <Radio.Group
          data-testid={testId}
          optionType="button"
          buttonStyle="solid"
          disabled={disabled}
          value={typeof value === 'string' ? value : undefined}
          onChange={(event) => onChange(event.target.value as string)}
          options={checkpoint.choices.map((choice) => ({ label: choice, value: choice }))}
        />
      );
    case 'choice':
      return checkpoint.choices.length <= 4 ? (
        <Radio.Group
          data-testid={testId}
          disabled={disabled}
          value={typeof value === 'string' ? value : undefined}
          onChange={(event) => onChange(event.target.value as string)}
          options={checkpoint.choices.map((choice) => ({ label: choice, value: choice }))}
        />
      ) : (
        <Select
          data-testid={testId}
          disabled={disabled}
          style={{ width: '100%' }}
          placeholder={t('form.choose')}
          value={typeof value === 'string' ? value : undefined}
          onChange={(next: string) => onChange(next)}
          options={checkpoint.choices.map((choice) => ({ label: choice, value: choice }))}
        />
      );
    case 'text':
      return (
        <Input.TextArea
          data-testid={testId}
          autoSize={{ minRows: 1, maxRows: 4 }}
          disabled={disabled}
          placeholder={t('form.textPlaceholder')}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'photo':
      return null;
  }
}
