import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { LanguageSwitch } from './language-switch';

function Heading() {
  const { t } = useTranslation();
  return <h1>{t('nav.matches')}</h1>;
}

describe('LanguageSwitch', () => {
  test('when an English reader picks العربية, then texts turn Arabic, the page turns right-to-left and the choice is kept', async () => {
    renderInApp(
      <>
        <LanguageSwitch />
        <Heading />
      </>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Matches');

    await userEvent.click(screen.getByText('العربية'));

    expect(screen.getByRole('heading').textContent).toBe('المطابقات');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(window.localStorage.getItem('jisr.language')).toBe('ar');
    expect(document.cookie).toContain('jisr_lang=ar');
  });

  test('when an Arabic reader picks Türkçe, then the page turns left-to-right in Turkish', async () => {
    renderInApp(
      <>
        <LanguageSwitch />
        <Heading />
      </>,
      { language: 'ar' },
    );
    expect(document.documentElement.dir).toBe('rtl');

    await userEvent.click(screen.getByText('Türkçe'));

    expect(screen.getByRole('heading').textContent).toBe('Eşleşmeler');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
