import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { ExplanationBreakdown, type ExplanationLine } from './explanation-breakdown';

const LINES: ExplanationLine[] = [
  {
    criterion: 'sector',
    score: 1,
    weight: 0.35,
    contribution: 0.35,
    sentence: 'Both work in electricity supply (D35).',
  },
  {
    criterion: 'language',
    score: 0.6,
    weight: 0.2,
    contribution: 0.12,
    sentence: 'You share English at a working level.',
  },
];

describe('ExplanationBreakdown', () => {
  test('when a match is explained, then each criterion shows a bar at its fit and matching’s sentence', () => {
    renderInApp(<ExplanationBreakdown lines={LINES} />);

    const bars = screen.getAllByRole('progressbar');
    expect(bars.map((bar) => [bar.getAttribute('aria-label'), bar.getAttribute('aria-valuenow')])).toEqual([
      ['Fit on Sector', '100'],
      ['Fit on Languages', '60'],
    ]);
    expect(screen.getByText('Both work in electricity supply (D35).')).toBeDefined();
    expect(screen.getByText('You share English at a working level.')).toBeDefined();
    expect(screen.getByText('Languages · 60%')).toBeDefined();
  });

  test('when the reader reads Arabic, then criteria are named in Arabic and percentages are formatted by Intl', () => {
    renderInApp(<ExplanationBreakdown lines={LINES} />, { language: 'ar' });

    const sixty = new Intl.NumberFormat('ar', { style: 'percent' }).format(0.6);
    expect(screen.getByText(`اللغات · ${sixty}`)).toBeDefined();
    expect(screen.getAllByRole('progressbar')[0]?.getAttribute('aria-label')).toBe('الملاءمة في القطاع');
  });
});
