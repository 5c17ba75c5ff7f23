import { DirectionProvider, MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { directionOf, type Language } from '../lib/languages';

// Arabic text in the shipped Noto Sans Arabic, Latin (Turkish, English) in Noto Sans; nothing from a CDN.
const theme = createTheme({
  fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif' },
  // A teal whose filled shades (6–9, hover included) keep white text above WCAG AA contrast.
  colors: {
    jisr: [
      '#e6fcf5',
      '#c3fae8',
      '#96f2d7',
      '#63e6be',
      '#38d9a9',
      '#20c997',
      '#0b7a5a',
      '#087055',
      '#066650',
      '#055c48',
    ],
    // Mantine's red from shade 6 on, darkened: at the primary shade (7) it is #c92a2a, which keeps AA
    // contrast as outline text and under white text, so no red button or badge needs its own shade.
    red: [
      '#fff5f5',
      '#ffe3e3',
      '#ffc9c9',
      '#ffa8a8',
      '#ff8787',
      '#ff6b6b',
      '#e03131',
      '#c92a2a',
      '#b02525',
      '#9b2020',
    ],
  },
  primaryColor: 'jisr',
  primaryShade: 7,
});

// Mantine's default dimmed grey and error red fall short of AA contrast on white; these pass it.
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-error': '#c92a2a' },
  dark: {},
});

export function AppProviders({
  i18n,
  language,
  children,
}: {
  i18n: i18n;
  language: Language;
  children: ReactNode;
}) {
  const [queries] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
        <MantineProvider theme={theme} cssVariablesResolver={contrast}>
          <QueryClientProvider client={queries}>{children}</QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
