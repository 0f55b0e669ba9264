import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage, useErrorReporter } from '../../api/errors';
import { useTexts } from '../../components/registry/texts';
import { useI18n } from '../../i18n';
import { IssueTokenForm } from './IssueTokenForm';
import { SecretModal } from './SecretModal';
import { TEXTS } from './texts';
import { RevokeTokenDocument, TokensListDocument } from './tokenDocuments';
import { TokenTable } from './TokenTable';

/** 评估凭证: issue, list and revoke read-only tokens for third-party evaluators. */
export default function TokensPage() {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [result, refetch] = useQuery({ query: TokensListDocument });
  const [, revoke] = useMutation(RevokeTokenDocument);
  const [issuing, setIssuing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const towns = useMemo(() => result.data?.towns.edges.map((edge) => edge.node) ?? [], [result.data]);
  const townNames = useMemo(() => new Map(towns.map((town) => [town.id, town.name])), [towns]);
  const problem = errorMessage(result.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') });

  const onRevoke = async (id: string) => {
    setRevoking(id);
    const { data, error } = await revoke({ input: { id } });
    setRevoking(null);
    if (report(error, data?.revokeApiToken.errors)) return;
    void message.success(t('revokedDone'));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="tokens-page">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="token-issue">
          {t('issue')}
        </Button>
      </div>
      {problem && <Alert type="error" showIcon message={problem} />}
      <Card size="small">
        <TokenTable
          tokens={result.data?.apiTokens ?? []}
          townNames={townNames}
          loading={result.fetching}
          revoking={revoking}
          onRevoke={(id) => void onRevoke(id)}
        />
      </Card>
      <IssueTokenForm
        open={issuing}
        towns={towns}
        onClose={() => setIssuing(false)}
        onIssued={(value) => {
          setIssuing(false);
          setSecret(value);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </Space>
  );
}
