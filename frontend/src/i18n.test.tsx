import { fireEvent, render, screen } from '@testing-library/react';
import { DatePicker } from 'antd';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from './components/LanguageSwitch';
import { I18nProvider, LANG_STORAGE_KEY, translate, useI18n } from './i18n';

function Title() {
  const { t, pick } = useI18n();
  return (
    <>
      <h1>{t('auth.welcome', { name: '马站' })}</h1>
      <p>{pick('整改台账', 'Ledger')}</p>
    </>
  );
}

describe('i18n', () => {
  it('fills placeholders', () => {
    expect(translate('zh', 'action.ledger.desc', { count: 3 })).toBe('3 项问题尚未销号');
    expect(translate('en', 'action.ledger.desc', { count: 3 })).toBe('3 items are not signed off yet');
  });

  it('starts in Chinese, switches to English, remembers it, and switches AntD too', () => {
    render(
      <I18nProvider>
        <Title />
        <LanguageSwitch />
        <DatePicker placeholder={undefined} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('欢迎，马站');
    expect(screen.getByText('整改台账')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('请选择日期')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');

    fireEvent.click(screen.getByTestId('lang-switch'));

    expect(screen.getByRole('heading')).toHaveTextContent('Welcome, 马站');
    expect(screen.getByText('Ledger')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('Select date')).toBeInTheDocument();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('reads the stored choice', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Welcome');
  });
});
