import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Input, Result, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { errorMessages } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { AnswerField } from '../../components/crosscheck/AnswerField';
import { missingRequired, prefill, toAnswerInputs, uuid4, type AnswerState } from '../../components/crosscheck/answers';
import { shownValue } from '../../components/crosscheck/format';
import { useCrossText, useValueLabel } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useCrossCycle } from './CycleContext';

const CrossVisitDraftDocument = graphql(`
  query CrossVisitDraft($cycleId: ID!, $householdId: ID!) {
    visitDraft(cycleId: $cycleId, householdId: $householdId) {
      householdId
      headName
      category
      answers {
        value
        source
        registryVerdict
        checkpoint {
          code
          text
          target
          answerType
          required
          choices
          unit
          guidance
          evidencePhotos
          evidenceDocuments
        }
      }
    }
  }
`);

const SubmitCrossVisitDocument = graphql(`
  mutation SubmitCrossVisit($input: SubmitVisitInput!) {
    submitCrossVisit(input: $input) {
      visit {
        id
        version
        submittedAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** The cross-check visit form for one household of the team (phone friendly). */
export default function CrossVisitPage() {
  const { teamId = '', householdId = '' } = useParams();
  const ct = useCrossText();
  const { t } = useI18n();
  const label = useValueLabel();
  const cycle = useCrossCycle();
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const townId = viewer?.memberships.find((m) => m.town)?.town?.id ?? '';
  const [{ data, fetching, error }] = useQuery({ query: CrossVisitDraftDocument, variables: { cycleId: cycle.id, householdId } });
  const [submitState, submit] = useMutation(SubmitCrossVisitDocument);
  const [states, setStates] = useState<Record<string, AnswerState>>({});
  const [visitedOn, setVisitedOn] = useState<Dayjs>(() => dayjs());
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const clientId = useRef(uuid4());
  const draft = data?.visitDraft;
  const checkpoints = useMemo(() => draft?.answers.map((a) => a.checkpoint) ?? [], [draft]);
  const texts = { network: t('error.network'), unknown: t('error.unknown') };

  useEffect(() => {
    if (!draft) return;
    const next: Record<string, AnswerState> = {};
    for (const answer of draft.answers) {
      next[answer.checkpoint.code] = {
        value: prefill(answer.checkpoint.answerType, answer.value, answer.source),
        note: '',
        evidence: [],
      };
    }
    setStates(next);
  }, [draft]);

  const send = async () => {
    setProblems([]);
    const absent = missingRequired(checkpoints, states);
    setMissing(absent);
    if (absent.length > 0) {
      document.querySelector(`[data-testid="answer-${CSS.escape(absent[0])}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    const { data: result, error: failure } = await submit({
      input: {
        clientId: clientId.current,
        cycleId: cycle.id,
        householdId,
        visitedOn: visitedOn.format('YYYY-MM-DD'),
        answers: toAnswerInputs(checkpoints, states),
        note: note.trim(),
      },
    });
    const messages = errorMessages(failure, result?.submitCrossVisit.errors, texts);
    if (messages.length > 0) {
      setProblems(messages);
      window.scrollTo({ top: 0, behavior: 'smooth' });
      return;
    }
    void message.success(ct('cc.visit.submitted'));
    setDone(true);
  };

  const back = (
    <Link to={`/crosscheck/teams/${teamId}`}>
      <ArrowLeftOutlined /> {ct('cc.visit.back')}
    </Link>
  );
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (!draft) {
    return (
      <Space direction="vertical">
        {back}
        <Alert type="error" showIcon message={errorMessages(error, null, texts)[0] ?? t('error.unknown')} />
      </Space>
    );
  }
  if (done) {
    // AntD's Result drops data-* attributes: the wrapper carries the test id.
    return (
      <div data-testid="cross-visit-done">
        <Result status="success" title={ct('cc.visit.submitted')} subTitle={draft.headName} extra={back} />
      </div>
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="cross-visit-form">
      {back}
      <Card size="small" title={ct('cc.visit.title', { name: draft.headName })}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{ct('cc.visit.intro')}</Typography.Text>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={ct('cc.hh.category')}>{label('cc.category', draft.category)}</Descriptions.Item>
          </Descriptions>
          <Space wrap>
            <span>{ct('cc.visit.visitedOn')}</span>
            <DatePicker
              value={visitedOn}
              onChange={(value) => value && setVisitedOn(value)}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              allowClear={false}
              inputReadOnly
            />
          </Space>
        </Space>
      </Card>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="cross-visit-error"
          message={problems[0]}
          description={problems.length > 1 ? <ul style={{ margin: 0, paddingLeft: 18 }}>{problems.slice(1).map((p) => <li key={p}>{p}</li>)}</ul> : undefined}
        />
      )}
      {draft.answers.map((answer) => {
        const code = answer.checkpoint.code;
        const state = states[code] ?? { value: null, note: '', evidence: [] };
        const registry = answer.source === 'registry' && answer.value !== null ? shownValue(answer.value, ct('common.yes'), ct('common.no')) : null;
        return (
          <AnswerField
            key={code}
            checkpoint={answer.checkpoint}
            state={state}
            onChange={(next) => setStates((all) => ({ ...all, [code]: next }))}
            townId={townId}
            registry={registry}
            registryFlag={answer.registryVerdict === false}
            missing={missing.includes(code) && !(state.value !== null || state.evidence.length > 0)}
          />
        );
      })}
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} placeholder={ct('cc.visit.note')} autoSize={{ minRows: 2 }} maxLength={2000} />
          <Button type="primary" size="large" block icon={<SendOutlined />} loading={submitState.fetching} onClick={() => void send()} data-testid="cross-visit-submit">
            {ct('cc.visit.submit')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
