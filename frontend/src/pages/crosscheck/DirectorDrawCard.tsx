import { CheckCircleOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Popconfirm, Result, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorReporter } from '../../api/errors';
import { canonicalSecret, commitmentOf, randomSecret } from '../../components/crosscheck/commitment';
import { useCrossText } from '../../components/crosscheck/messages';
import { SecretBackup } from '../../components/crosscheck/SecretBackup';
import { loadSecret, saveSecret, type StoredSecret } from '../../components/crosscheck/secretStore';
import { graphql } from '../../gql';
import type { CrossDrawRecord, CrossTeam } from './drawQuery';

const CommitDrawDocument = graphql(`
  mutation CommitDraw($teamId: ID!, $commitment: String!) {
    commitDraw(teamId: $teamId, commitment: $commitment) {
      state
      errors {
        code
        message
        field
      }
    }
  }
`);

const RevealDrawDocument = graphql(`
  mutation RevealDraw($teamId: ID!, $secret: String!) {
    revealDraw(teamId: $teamId, secret: $secret) {
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

type Props = {
  cycleId: string;
  team: CrossTeam;
  draw: CrossDrawRecord;
  allCommitted: boolean;
  committedCount: number;
  teamCount: number;
  onChanged: () => void;
};

/** An office director's side of the draw: generate and commit, then reveal. */
export function DirectorDrawCard({ cycleId, team, draw, allCommitted, committedCount, teamCount, onChanged }: Props) {
  const ct = useCrossText();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const [stored, setStored] = useState<StoredSecret | null>(() => loadSecret(cycleId, team.id));
  const [typed, setTyped] = useState('');
  const [typedCheck, setTypedCheck] = useState<'ok' | 'bad' | 'invalid' | null>(null);
  const [commitState, commit] = useMutation(CommitDrawDocument);
  const [revealState, reveal] = useMutation(RevealDrawDocument);
  const serverCommitment = draw.commitments.find((c) => c.teamId === team.id)?.commitment ?? null;

  useEffect(() => setStored(loadSecret(cycleId, team.id)), [cycleId, team.id]);

  // A pasted secret is checked against the recorded commitment before it is sent.
  useEffect(() => {
    let live = true;
    const value = typed.trim();
    if (!value) {
      setTypedCheck(null);
      return undefined;
    }
    if (canonicalSecret(value) === null) {
      setTypedCheck('invalid');
      return undefined;
    }
    void commitmentOf(cycleId, team.id, value).then((hash) => {
      if (live) setTypedCheck(serverCommitment === null || hash === serverCommitment ? 'ok' : 'bad');
    });
    return () => {
      live = false;
    };
  }, [typed, cycleId, team.id, serverCommitment]);

  const generate = async () => {
    const secret = randomSecret();
    const commitment = await commitmentOf(cycleId, team.id, secret);
    const value: StoredSecret = { secret, commitment, cycleId, teamId: team.id, createdAt: new Date().toISOString() };
    if (!saveSecret(value)) void message.warning(ct('cc.my.storageFailed'));
    setStored(value);
  };

  const submitCommit = async () => {
    if (!stored) return;
    const { data, error } = await commit({ teamId: team.id, commitment: stored.commitment });
    if (report(error, data?.commitDraw.errors)) return;
    void message.success(ct('cc.my.commitOk'));
    onChanged();
  };

  const submitReveal = async () => {
    const secret = stored && (serverCommitment === null || stored.commitment === serverCommitment) ? stored.secret : typed.trim();
    const { data, error } = await reveal({ teamId: team.id, secret });
    if (report(error, data?.revealDraw.errors)) return;
    void message.success(ct('cc.my.revealOk'));
    onChanged();
  };

  const step = team.revealed ? 2 : team.committed ? 1 : 0;
  const storedMatches = !!stored && (serverCommitment === null || stored.commitment === serverCommitment);

  return (
    <Card title={ct('cc.my.title', { team: team.name })} data-testid="director-draw">
      <Steps
        size="small"
        current={step}
        responsive
        style={{ marginBottom: 16 }}
        items={[
          { title: ct('cc.my.commit'), icon: <LockOutlined /> },
          { title: ct('cc.my.reveal'), icon: <UnlockOutlined /> },
          { title: ct('cc.state.drawn'), icon: <CheckCircleOutlined /> },
        ]}
      />
      {step === 0 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {ct('cc.my.generateHint')}
          </Typography.Paragraph>
          {stored && (
            <>
              <Alert type="warning" showIcon message={ct('cc.my.backupFirst')} />
              <SecretBackup stored={stored} teamName={team.name} />
            </>
          )}
          <Space wrap>
            <Button onClick={() => void generate()} data-testid="secret-generate" type={stored ? 'default' : 'primary'}>
              {stored ? ct('cc.my.regenerate') : ct('cc.my.generate')}
            </Button>
            {stored && (
              <Popconfirm title={ct('cc.my.backupFirst')} okText={ct('common.ok')} cancelText={ct('common.cancel')} onConfirm={() => void submitCommit()}>
                <Button type="primary" icon={<LockOutlined />} loading={commitState.fetching} data-testid="draw-commit">
                  {ct('cc.my.commit')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
      )}
      {step === 1 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {!allCommitted && (
            <Alert type="info" showIcon message={ct('cc.my.waitOthers', { done: committedCount, total: teamCount })} />
          )}
          {storedMatches && stored ? (
            <SecretBackup stored={stored} teamName={team.name} />
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text>{ct('cc.my.secretMissing')}</Typography.Text>
              <Input
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                placeholder={ct('cc.my.secretPlaceholder')}
                inputMode="numeric"
                maxLength={80}
                status={typedCheck === 'bad' || typedCheck === 'invalid' ? 'error' : undefined}
                data-testid="secret-input"
              />
              {typedCheck === 'invalid' && <Typography.Text type="danger">{ct('cc.my.secretInvalid')}</Typography.Text>}
              {typedCheck === 'bad' && <Typography.Text type="danger">{ct('cc.my.secretMismatch')}</Typography.Text>}
              {typedCheck === 'ok' && <Typography.Text type="success">{ct('cc.my.secretMatches')}</Typography.Text>}
            </Space>
          )}
          <Button
            type="primary"
            icon={<UnlockOutlined />}
            loading={revealState.fetching}
            disabled={!allCommitted || (!storedMatches && typedCheck !== 'ok')}
            onClick={() => void submitReveal()}
            data-testid="draw-reveal"
          >
            {ct('cc.my.reveal')}
          </Button>
        </Space>
      )}
      {step === 2 && <Result status="success" title={ct('cc.my.revealed')} style={{ padding: 8 }} />}
    </Card>
  );
}
