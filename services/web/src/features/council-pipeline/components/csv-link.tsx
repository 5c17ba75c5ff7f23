import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Downloads one view as matching writes it (CSV with the page's filters, labels in the reader's language). */
export function CsvLink({ href, what }: { href: string; what: string }) {
  const { t } = useTranslation('pipeline');
  return (
    <Button
      component="a"
      href={href}
      download
      variant="light"
      size="xs"
      aria-label={t('csv.label', { what })}
    >
      {t('csv.button')}
    </Button>
  );
}
