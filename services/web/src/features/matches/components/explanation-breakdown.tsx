import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One criterion of a match as matching explains it: its fit (0–1), weight and sentence in the reader's language. */
export interface ExplanationLine {
  readonly criterion: string;
  readonly score: number;
  readonly weight: number;
  readonly contribution: number;
  readonly sentence: string;
}

/** Matching scores a pair and each criterion in points out of 100; the breakdown shows fits from 0 to 1. */
export const fromMatchingPoints = (lines: readonly ExplanationLine[]): ExplanationLine[] =>
  lines.map((line) => ({ ...line, score: line.score / 100 }));

/** Why a mentor or investor fits: one bar per criterion (its fit) with matching's own sentence. */
export function ExplanationBreakdown({ lines }: { readonly lines: readonly ExplanationLine[] }) {
  const { t, i18n } = useTranslation('matches');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
      {lines.map((line) => {
        const name = t(`criterion.${line.criterion}`, { defaultValue: line.criterion });
        return (
          <li key={line.criterion}>
            <Text size="sm" fw={700}>
              {name} · {percent.format(line.score)}
            </Text>
            {/* The bar is the section, not the root div (where axe refuses aria-valuetext); its text in the reader's digits. */}
            <Progress.Root size="md" my={4}>
              <Progress.Section
                value={Math.round(line.score * 100)}
                withAria={false}
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(line.score * 100)}
                aria-label={t('fitOf', { criterion: name })}
                aria-valuetext={percent.format(line.score)}
              />
            </Progress.Root>
            <Text size="sm">{line.sentence}</Text>
          </li>
        );
      })}
    </Stack>
  );
}
