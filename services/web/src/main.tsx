import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import { createI18n } from './lib/i18n';
import { applyLanguage, initialLanguage } from './lib/languages';

const language = initialLanguage();
applyLanguage(language);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders i18n={createI18n(language)} language={language}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
