import { useTexts } from '../../components/registry/texts';
import { TEXTS } from './texts';

export function useRevealTexts() {
  const t = useTexts(TEXTS);
  return { show: t('reveal.show'), hide: t('reveal.hide'), confirm: t('reveal.confirm'), ok: t('reveal.ok'), cancel: t('reveal.cancel') };
}
