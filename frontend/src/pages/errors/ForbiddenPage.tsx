import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';

export default function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('error.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
