import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/providers';
import { createI18n } from '../lib/i18n';
import { applyLanguage, type Language } from '../lib/languages';

/** Renders UI inside the app's real providers (i18n, direction, theme, queries) and a router. */
export function renderInApp(ui: ReactNode, { language = 'en' as Language, path = '/' } = {}): RenderResult {
  applyLanguage(language);
  return render(
    <AppProviders i18n={createI18n(language)} language={language}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}
