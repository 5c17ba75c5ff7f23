import '@mantine/charts/styles.css';
import { Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../lib/languages';
import { useImpactReport, type Scope } from '../api/reports';
import { ImpactReportView } from './impact-report';

/**
 * The report as the BFF prints it to PDF: no navigation, and a mark on the page once
 * its data and charts are drawn (`data-print-ready`), or that reading it failed (`data-print-failed`).
 */
// Paper uses the system's Noto Naskh Arabic: the app's web font draws Arabic letters from a dotless
// skeleton and separate dots, which a PDF reader cannot copy or search as text; Naskh maps each glyph.
const PRINT_FONTS = '"Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif';
const printFonts = {
  fontFamily: PRINT_FONTS,
  '--mantine-font-family': PRINT_FONTS,
  '--mantine-font-family-headings': PRINT_FONTS,
} as React.CSSProperties;

export function PrintReport({ scope, id }: { scope: Scope; id: string }) {
  const { t, i18n } = useTranslation('impact-reports');
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const report = useImpactReport(scope, id);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (report.data === undefined) return;
    // Charts measure their box after the first paint; two frames later they are drawn.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => setDrawn(true)));
    return () => cancelAnimationFrame(frame);
  }, [report.data]);
  const name = report.data?.scope.label?.[language] ?? id;
  return (
    <Stack
      gap="md"
      p="lg"
      maw={1000}
      style={printFonts}
      data-print-ready={drawn ? 'true' : undefined}
      data-print-failed={report.isError ? 'true' : undefined}
    >
      <Title order={1} size="h2">
        {t('printTitle', { name })}
      </Title>
      {report.data !== undefined && <ImpactReportView report={report.data} language={language} still />}
    </Stack>
  );
}
