import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '../../api/errors';
import { dateTime } from '../../components/crosscheck/format';
import { useCrossText } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import type { CrossDrawRecord } from './drawQuery';

const CompleteDrawDocument = graphql(`
  mutation CompleteDraw($cycleId: ID!, $fallback: String) {
    completeDraw(cycleId: $cycleId, fallback: $fallback) {
      state
      seed
      errors {
        code
        message
        field
      }
    }
  }
`);

type Props = { cycleId: string; draw: CrossDrawRecord; allRevealed: boolean; onChanged: () => void };

/** The poverty office completes a draw some director did not reveal (with a fallback value). */
export function AdminCompleteCard({ cycleId, draw, allRevealed, onChanged }: Props) {
  const ct = useCrossText();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [fallback, setFallback] = useState('');
  const [problem, setProblem] = useState<{ text: string; field?: string } | null>(null);
  const [{ fetching }, complete] = useMutation(CompleteDrawDocument);

  const submit = async () => {
    setProblem(null);
    const value = fallback.trim();
    const { data, error } = await complete({ cycleId, fallback: value || null });
    const errors = data?.completeDraw.errors;
    const text = errorMessage(error, errors, { network: t('error.network'), unknown: t('error.unknown') });
    if (text) {
      setProblem({ text, field: fieldErrors(errors).fallback ? 'fallback' : undefined });
      return;
    }
    void message.success(ct('cc.admin.completed'));
    onChanged();
  };

  return (
    <Card title={ct('cc.admin.title')} data-testid="admin-complete">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {allRevealed ? ct('cc.admin.allRevealed') : ct('cc.admin.waiting', { deadline: dateTime(draw.revealDeadline) })}
        </Typography.Paragraph>
        {problem && !problem.field && <Alert type="error" showIcon message={problem.text} data-testid="complete-error" />}
        <Form layout="vertical">
          {!allRevealed && (
            <Form.Item
              label={ct('cc.admin.fallback')}
              extra={ct('cc.admin.fallbackHint')}
              validateStatus={problem?.field ? 'error' : undefined}
              help={problem?.field ? problem.text : undefined}
            >
              <Input value={fallback} onChange={(event) => setFallback(event.target.value)} maxLength={128} data-testid="fallback-input" />
            </Form.Item>
          )}
          <Popconfirm title={ct('cc.admin.completeConfirm')} okText={ct('common.ok')} cancelText={ct('common.cancel')} onConfirm={() => void submit()}>
            <Button type="primary" loading={fetching} data-testid="draw-complete">
              {ct('cc.admin.complete')}
            </Button>
          </Popconfirm>
        </Form>
      </Space>
    </Card>
  );
}
