import { App } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { useApi } from '../api/ApiProvider';
import { bearerToken, setBearerToken } from '../api/client';
import { useErrorReporter } from '../api/errors';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const SignOutDocument = graphql(`
  mutation SignOut {
    logout {
      ok
      errors {
        code
        message
        field
      }
    }
  }
`);

/** Ends the session on the server, forgets every cached result and goes to /login. */
export function useSignOut(): () => Promise<void> {
  const [, logout] = useMutation(SignOutDocument);
  const { resetClient } = useApi();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  return useCallback(async () => {
    if (bearerToken()) {
      setBearerToken(null); // an API token is not a session: just forget it
    } else {
      const { data, error } = await logout({});
      if (report(error, data?.logout.errors)) return;
    }
    resetClient();
    navigate('/login', { replace: true });
    void message.success(t('auth.signedOut'));
  }, [logout, report, resetClient, navigate, message, t]);
}
