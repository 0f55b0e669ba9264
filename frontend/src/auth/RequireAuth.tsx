import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../api/errors';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n';
import { useViewer } from './viewer';

/** Renders `children` for a signed-in viewer; sends anyone else to /login?next=… */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, fetching, error, refresh } = useViewer();
  const location = useLocation();
  const { t } = useI18n();
  if (viewer) return <>{children}</>;
  if (fetching) return <PageLoading />;
  if (error?.networkError) {
    return (
      <Result
        status="warning"
        title={errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') })}
        extra={<Button onClick={refresh}>{t('common.retry')}</Button>}
      />
    );
  }
  const next = location.pathname + location.search;
  const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return <Navigate to={`/login${search}`} replace />;
}
