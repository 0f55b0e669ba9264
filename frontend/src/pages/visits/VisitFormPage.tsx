import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Input, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { CheckpointCard } from '../../components/visit/CheckpointCard';
import { ChecklistOutlineDocument, VisitDraftDocument } from '../../components/visit/documents';
import {
  fromDraft,
  fromSubmission,
  newClientId,
  problems,
  toSubmission,
  type FormAnswer,
  type FormState,
  type VisitSubmission,
} from '../../components/visit/formModel';
import { groupByOutline, outlineOf } from '../../components/visit/grouping';
import { useVisitText } from '../../components/visit/texts';
import { useActiveCycle } from '../../components/visit/useActiveCycle';
import { useTownId } from '../../components/visit/useTownId';
import { useI18n } from '../../i18n';
import { useOutbox } from '../../offline/OutboxProvider';
import * as outbox from '../../offline/outbox';
import { FormFooter } from './FormFooter';

const EMPTY: FormAnswer = { value: null, note: '', evidence: [], fixedOnSpot: false };

/** The visit form of one household, pre-filled by `visitDraft`; submitting goes through the outbox. */
export function VisitFormPage({ refresh }: { refresh: number }) {
  const { householdId = '' } = useParams();
  const t = useVisitText();
  const { t: common } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const townId = useTownId();
  const { cycle, fetching: cycleLoading, error: cycleError } = useActiveCycle();
  const cycleId = cycle?.id ?? '';
  const [draft, reexecute] = useQuery({
    query: VisitDraftDocument,
    variables: { cycleId, householdId },
    pause: !cycleId || !householdId,
    requestPolicy: 'cache-and-network',
  });
  const [outline] = useQuery({ query: ChecklistOutlineDocument });
  const { items, enqueue, flushNow } = useOutbox<VisitSubmission>();
  const waiting = items.find((item) => item.payload.input.householdId === householdId) ?? null;

  const [form, setForm] = useState<FormState | null>(null);
  const [visitedOn, setVisitedOn] = useState<Dayjs>(() => dayjs());
  const [note, setNote] = useState('');
  const [clientId, setClientId] = useState<string | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  useEffect(() => {
    if (refresh > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refresh, reexecute]);

  const data = draft.data?.visitDraft;
  // Fill the form once: from what waits in the outbox, else from the pre-filled draft.
  useEffect(() => {
    if (!data || form !== null) return;
    if (waiting) {
      setForm(fromSubmission(data.answers, waiting.payload));
      setVisitedOn(dayjs(waiting.payload.input.visitedOn));
      setNote(waiting.payload.input.note ?? '');
      setClientId(waiting.clientId);
      setServerError(waiting.error);
    } else {
      setForm(fromDraft(data.answers));
      setNote(data.visit?.versions.find((v) => v.version === data.visit?.version)?.note ?? '');
    }
  }, [data, waiting, form]);

  const onAnswer = useCallback((code: string, answer: FormAnswer) => {
    setForm((current) => (current ? { ...current, [code]: answer } : current));
  }, []);

  const checkpoints = useMemo(() => data?.answers.map((a) => a.checkpoint) ?? [], [data]);
  const groups = useMemo(
    () => groupByOutline(outlineOf(outline.data, cycle?.versionId), data?.answers ?? [], (a) => a.checkpoint.code),
    [outline.data, cycle?.versionId, data],
  );

  const texts = { network: common('error.network'), unknown: common('error.unknown') };
  const loadError = errorMessage(cycleError ?? draft.error, null, texts);
  if (cycleLoading || (!data && draft.fetching) || (!data && !loadError && !!cycleId && form === null && !draft.error)) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (!data || !form) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <BackButton />
        {loadError ? <Alert type="error" showIcon message={loadError} /> : <Empty description={t('visits.noCycle')} />}
      </Space>
    );
  }

  const visit = data.visit;
  const locked = visit?.state === 'accepted';
  const missing = checkpoints.filter((c) => problems(c, form[c.code]).length > 0);
  const answered = checkpoints.filter((c) => problems(c, form[c.code]).indexOf('required') === -1 && form[c.code]?.value !== null).length;

  const submit = async () => {
    if (missing.length > 0) {
      setShowProblems(true);
      void message.error(t('form.missing', { count: missing.length }));
      document.querySelector(`[data-testid="checkpoint-${CSS.escape(missing[0].code)}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    const id = clientId ?? newClientId();
    setClientId(id);
    setBusy(true);
    setServerError(null);
    try {
      const submission = toSubmission(checkpoints, form, {
        clientId: id,
        cycleId,
        householdId,
        visitedOn: visitedOn.format('YYYY-MM-DD'),
        note,
        headName: data.headName,
      });
      await enqueue({ clientId: id, payload: submission, label: data.headName });
      if (!navigator.onLine) {
        void message.info(t('form.queued'));
        navigate('/visits');
        return;
      }
      const report = await flushNow({ retryRejected: true });
      if (report?.sent.includes(id)) {
        void message.success(t('form.submitted'));
        navigate('/visits');
        return;
      }
      const kept = (await outbox.list<VisitSubmission>()).find((item) => item.clientId === id);
      if (kept?.error) {
        setServerError(kept.error);
        window.scrollTo({ top: 0, behavior: 'smooth' });
        return;
      }
      void message.info(t('form.queued'));
      navigate('/visits');
    } finally {
      setBusy(false);
    }
  };

  return (
    // A plain column, not <Space>: Space wraps each child, which would keep the footer from sticking.
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16, width: '100%' }} data-testid="visit-form">
      <Card size="small">
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={8} align="center">
            <BackButton />
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="visit-head">
              {data.headName}
            </Typography.Title>
            {data.category && <Tag>{data.category}</Tag>}
            {visit && <Tag color="blue">{t('form.version', { version: visit.version })}</Tag>}
          </Space>
          {locked && <Alert type="success" showIcon message={t('form.accepted')} />}
          {visit?.state === 'returned' && (
            <Alert type="warning" showIcon message={t('form.returned', { comment: visit.reviewComment })} data-testid="form-returned" />
          )}
          {waiting && !serverError && <Alert type="info" showIcon message={t('form.waiting')} />}
          {serverError && <Alert type="error" showIcon message={serverError} data-testid="form-server-error" />}
          <Space wrap size={8}>
            <Typography.Text>{t('form.visitedOn')}</Typography.Text>
            <DatePicker
              value={visitedOn}
              allowClear={false}
              disabled={locked}
              inputReadOnly
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              onChange={(day: Dayjs | null) => day && setVisitedOn(day)}
            />
          </Space>
        </Space>
      </Card>

      {groups.length === 0 && <Empty description={t('form.noCheckpoints')} />}
      {groups.map((group) => (
        <section key={group.key} aria-label={`${group.section} ${group.item}`}>
          {group.section && (
            <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 2px 6px' }}>
              {group.section} · <Typography.Text strong>{group.item}</Typography.Text>
            </Typography.Text>
          )}
          <Space direction="vertical" size={8} style={{ width: '100%' }}>
            {group.entries.map((entry) => (
              <CheckpointCard
                key={entry.checkpoint.code}
                draft={entry}
                answer={form[entry.checkpoint.code] ?? EMPTY}
                onChange={onAnswer}
                townId={townId}
                showProblems={showProblems}
                disabled={locked}
              />
            ))}
          </Space>
        </section>
      ))}

      <Card size="small">
        <Typography.Text>{t('form.note')}</Typography.Text>
        <Input.TextArea
          value={note}
          disabled={locked}
          maxLength={2000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('form.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
          data-testid="visit-note"
        />
      </Card>

      {!locked && (
        <FormFooter
          answered={answered}
          total={checkpoints.length}
          missing={missing.length}
          busy={busy}
          label={visit ? t('form.resubmit') : t('form.submit')}
          onSubmit={() => void submit()}
        />
      )}
    </div>
  );
}

function BackButton() {
  const t = useVisitText();
  const navigate = useNavigate();
  return (
    <Button size="small" icon={<ArrowLeftOutlined />} onClick={() => navigate('/visits')} data-testid="visit-back">
      {t('visits.back')}
    </Button>
  );
}
