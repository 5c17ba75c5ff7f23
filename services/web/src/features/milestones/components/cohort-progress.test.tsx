import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { CohortProgress } from './cohort-progress';

afterEach(() => vi.unstubAllGlobals());

const name = (en: string, ar: string, tr: string) => ({ en, ar, tr });

describe('CohortProgress', () => {
  test('when the console opens it, then the first programme’s cohorts list reached and confirmed counts per milestone', async () => {
    const sent = stubApi([
      [
        'GET',
        /\/v1\/programmes\?/,
        () => ({
          body: {
            items: [{ programmeId: 'p1', name: name('Binaa 2025', 'بناء 2025', 'Binaa 2025') }],
            nextCursor: null,
          },
        }),
      ],
      [
        'GET',
        /\/v1\/programmes\/p1\/progress$/,
        () => ({
          body: {
            programmeId: 'p1',
            cohorts: [
              {
                cohortId: 'autumn-2025',
                name: 'Autumn 2025 cohort',
                startups: 23,
                phases: [
                  {
                    phaseId: 'training',
                    name: name('Training', 'التدريب', 'Eğitim'),
                    milestones: [
                      {
                        milestoneId: 'business-plan',
                        name: name('Business plan', 'خطة العمل', 'İş planı'),
                        reached: 12,
                        confirmed: 9,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        }),
      ],
    ]);
    renderInApp(<CohortProgress />, { language: 'ar' });

    const cohort = await screen.findByRole('region', { name: 'Autumn 2025 cohort' });
    const row = within(cohort).getByRole('row', { name: /خطة العمل/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['التدريب', 'خطة العمل', '12', '9']);
    expect(within(cohort).getByText(/23/)).toBeTruthy();
    expect(sent.map((r) => r.url.pathname)).toContain('/api/profile/v1/programmes/p1/progress');
  });
});
