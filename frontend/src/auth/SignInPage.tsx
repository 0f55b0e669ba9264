import { KeyOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { useApi } from '../api/ApiProvider';
import { setBearerToken } from '../api/client';
import { errorMessage } from '../api/errors';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useViewer } from './viewer';

const SignInDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      viewer {
        id
        displayName
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

type PasswordForm = { username: string; password: string };
type TokenForm = { token: string };

/** Only same-site paths: never send the browser elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t, pick } = useI18n();
  const { viewer, error: viewerError } = useViewer();
  const { resetClient } = useApi();
  const [params] = useSearchParams();
  const [{ fetching }, login] = useMutation(SignInDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const [tokenPending, setTokenPending] = useState(false);
  const texts = { network: t('error.network'), unknown: t('error.unknown') };

  // An API token the server refused: forget it and say so.
  useEffect(() => {
    if (tokenPending && viewerError) {
      setBearerToken(null);
      setTokenPending(false);
      setFailure(errorMessage(viewerError, null, texts));
      resetClient();
    }
  }, [tokenPending, viewerError]);

  if (viewer) return <Navigate to={safeNext(params.get('next'))} replace />;

  const signIn = async ({ username, password }: PasswordForm) => {
    setFailure(null);
    const { data, error } = await login({ input: { username: username.trim(), password, useCookie: true } });
    const problem = errorMessage(error, data?.login.errors, texts);
    if (problem) {
      setFailure(problem);
      return;
    }
    resetClient(); // fresh cache; the viewer query runs again and we move on
  };

  const signInWithToken = ({ token }: TokenForm) => {
    setFailure(null);
    setBearerToken(token.trim());
    setTokenPending(true);
    resetClient();
  };

  const passwordForm = (
    <Form<PasswordForm> layout="vertical" onFinish={signIn} requiredMark={false} autoComplete="on">
      <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );

  const tokenForm = (
    <Form<TokenForm> layout="vertical" onFinish={signInWithToken} requiredMark={false}>
      <Form.Item
        name="token"
        label={pick('第三方评估凭证', 'Evaluator API token')}
        rules={[{ required: true, message: pick('请粘贴评估凭证', 'Paste your token') }]}
        extra={pick('凭证只保存在本标签页中', 'The token is kept in this tab only')}
      >
        <Input.Password prefix={<KeyOutlined />} autoComplete="off" size="large" />
      </Form.Item>
      <Button htmlType="submit" block size="large" loading={tokenPending && !viewerError}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );

  return (
    <div className="tc-signin">
      <div className="tc-signin-lang">
        <LanguageSwitch />
      </div>
      <Card className="tc-signin-card" variant="borderless">
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        {failure && (
          <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="signin-error" />
        )}
        <Tabs
          items={[
            { key: 'password', label: pick('账号登录', 'Account'), children: passwordForm },
            { key: 'token', label: pick('评估凭证', 'API token'), children: tokenForm },
          ]}
        />
      </Card>
    </div>
  );
}
