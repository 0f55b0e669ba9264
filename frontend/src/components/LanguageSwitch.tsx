import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n';

/** 中文 ⇄ English; the label names the language you switch to. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, toggleLang } = useI18n();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={toggleLang}
      title={t('lang.switchTitle')}
      aria-label={t('lang.switchTitle')}
      data-testid="lang-switch"
    >
      {compact ? null : t('lang.switch')}
    </Button>
  );
}
