import { Alert, Card, Collapse, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { CodeBlock } from '../../components/crosscheck/CodeBlock';
import { CommitmentsTable } from '../../components/crosscheck/CommitmentsTable';
import { rawId, sha256Hex } from '../../components/crosscheck/commitment';
import { dateTime } from '../../components/crosscheck/format';
import { useCrossText } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import type { CrossDrawRecord, CrossTeam } from './drawQuery';

const VerifyDrawDocument = graphql(`
  query VerifyDraw($cycleId: ID!) {
    verifyDraw(cycleId: $cycleId) {
      matches
      seed
      algorithm
      differences
    }
  }
`);

function json(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2);
}

/** Everything needed to check the draw: seed text, seed, algorithm, inputs, result, reveals. */
export function DrawResult({ cycleId, draw, teams }: { cycleId: string; draw: CrossDrawRecord; teams: CrossTeam[] }) {
  const ct = useCrossText();
  const { t } = useI18n();
  const [verify] = useQuery({ query: VerifyDrawDocument, variables: { cycleId }, requestPolicy: 'network-only' });
  const [seedOk, setSeedOk] = useState<boolean | null>(null);
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? id;
  const cycleNumber = rawId(cycleId) ?? cycleId;

  useEffect(() => {
    let live = true;
    if (draw.seedText) void sha256Hex(draw.seedText).then((hash) => live && setSeedOk(hash === draw.seed.toLowerCase()));
    return () => {
      live = false;
    };
  }, [draw.seedText, draw.seed]);

  const verification = verify.data?.verifyDraw;
  const verifyProblem = errorMessage(verify.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const printf = draw.seedText ? `printf '${draw.seedText.replace(/\n/g, '\\n')}' | sha256sum` : '';

  return (
    <Card title={ct('cc.result.title')} data-testid="draw-result">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {verify.fetching && !verification && <Alert type="info" message={t('common.loading')} />}
        {verifyProblem && <Alert type="error" showIcon message={verifyProblem} />}
        {verification &&
          (verification.matches ? (
            <Alert type="success" showIcon message={ct('cc.result.verifyOk')} data-testid="verify-ok" />
          ) : (
            <Alert
              type="error"
              showIcon
              data-testid="verify-bad"
              message={ct('cc.result.verifyBad')}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {verification.differences.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              }
            />
          ))}
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={ct('cc.result.drawnAt')}>{dateTime(draw.drawnAt)}</Descriptions.Item>
          <Descriptions.Item label={ct('cc.result.algorithm')}>
            <Typography.Text code>{draw.algorithm}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={ct('cc.result.seed')} span={2}>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="draw-seed">
              {draw.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={ct('cc.result.fallback')} span={2}>
            {draw.fallback ? <Typography.Text code>{draw.fallback}</Typography.Text> : ct('cc.result.noFallback')}
          </Descriptions.Item>
        </Descriptions>

        <div>
          <Typography.Title level={5}>{ct('cc.result.seedText')}</Typography.Title>
          {draw.seedText ? <CodeBlock text={draw.seedText} testId="seed-text" /> : <Typography.Text type="secondary">—</Typography.Text>}
          {seedOk !== null && (
            <Tag color={seedOk ? 'success' : 'error'} style={{ marginTop: 8 }} data-testid="seed-local-check">
              {seedOk ? ct('cc.result.seedLocalOk') : ct('cc.result.seedLocalBad')}
            </Tag>
          )}
        </div>

        <div>
          <Typography.Title level={5}>{ct('cc.result.teamAreas')}</Typography.Title>
          <List
            size="small"
            bordered
            dataSource={teams}
            locale={{ emptyText: ct('cc.noTeams') }}
            renderItem={(team) => (
              <List.Item data-testid="team-areas">
                <Space wrap>
                  <Typography.Text strong>{team.name}</Typography.Text>→
                  {team.areaNames.length ? (
                    team.areaNames.map((area) => (
                      <Tag color="red" key={area}>
                        {area}
                      </Tag>
                    ))
                  ) : (
                    <Typography.Text type="secondary">{ct('cc.noAreas')}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </div>

        <div>
          <Typography.Title level={5}>{ct('cc.result.commitments')}</Typography.Title>
          <CommitmentsTable cycleId={cycleId} rows={draw.commitments} teamName={teamName} />
        </div>

        <Collapse
          items={[
            { key: 'inputs', label: ct('cc.result.inputs'), children: <CodeBlock text={json(draw.inputs)} /> },
            { key: 'result', label: ct('cc.result.raw'), children: <CodeBlock text={json(draw.result)} /> },
            { key: 'rates', label: ct('cc.result.sampleRates'), children: <CodeBlock text={json(draw.sampleRates)} /> },
            {
              key: 'howto',
              label: ct('cc.result.howTo'),
              children: (
                <Space direction="vertical" style={{ width: '100%' }} data-testid="draw-howto">
                  <Typography.Text>{ct('cc.result.howTo1')}</Typography.Text>
                  <CodeBlock text={`towncheck draw verify ${cycleNumber}`} />
                  {printf && (
                    <>
                      <Typography.Text>{ct('cc.result.howTo2')}</Typography.Text>
                      <CodeBlock text={printf} />
                    </>
                  )}
                  <Typography.Text type="secondary">{ct('cc.result.howTo3')}</Typography.Text>
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
