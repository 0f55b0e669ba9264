import { Spin } from 'antd';
import { useI18n } from '../i18n';

/** The whole-page spinner for lazy routes and first loads. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', justifyContent: 'center', padding: '64px 0' }}>
      <Spin tip={t('common.loading')} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
