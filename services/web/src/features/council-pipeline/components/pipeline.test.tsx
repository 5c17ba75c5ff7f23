import { DirectionProvider } from '@mantine/core';
import { renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { serveApi } from '../../../testing/serve-api';
import { useChartDirection } from '../chart-direction';
import { Pipeline } from './pipeline';

const counts = (requested: number) => ({
  registered: 40,
  verified: 30,
  requested,
  accepted: 9,
  active: 7,
  met: 5,
  completed: 2,
  declined: 1,
  expired: 0,
});
const funnel = (requested: number) => ({
  startups: counts(requested),
  introductions: {},
  meetings: { scheduled: 1, held: 5, cancelled: 0, noShow: 0 },
  medianHours: { verification: 30, firstRequest: 72, acceptance: 20, firstMeeting: null, completion: 500 },
});

const servePipeline = () =>
  serveApi({
    'GET /api/matching/v1/pipeline/funnel': (call) => funnel(call.query.get('city') === 'benghazi' ? 4 : 12),
    'GET /api/matching/v1/pipeline/breakdown': (call) => ({
      by: call.query.get('by'),
      lang: 'en',
      items: [{ ...funnel(12), key: 'D', label: null, name: 'Electricity' }],
    }),
    'GET /api/matching/v1/pipeline/advisor-load': { items: [] },
    'GET /api/matching/v1/research/sectors': { items: [] },
    'GET /api/profile/v1/programmes': { items: [] },
    'GET /api/profile/v1/centres': { items: [] },
  });

afterEach(() => vi.unstubAllGlobals());

describe('Pipeline', () => {
  test('when the council filters by city, then the funnel, the breakdown and the CSV follow the filter', async () => {
    const calls = servePipeline();
    renderInApp(<Pipeline />, { path: '/console' });

    const requested = await screen.findByRole('group', { name: 'Requested' });
    expect(within(requested).getByText('12')).toBeDefined();
    await userEvent.selectOptions(screen.getByLabelText('City'), 'benghazi');

    await waitFor(() => expect(within(requested).getByText('4')).toBeDefined());
    expect(
      calls
        .filter((c) => c.path.endsWith('/breakdown'))
        .at(-1)
        ?.query.get('city'),
    ).toBe('benghazi');
    const funnelCard = screen.getByRole('region', { name: 'Funnel: startups at each step' });
    const csv = within(funnelCard).getByRole('link', { name: 'Download CSV: Funnel: startups at each step' });
    expect(csv.getAttribute('href')).toBe(
      '/api/matching/v1/pipeline/export.csv?view=funnel&lang=en&city=benghazi',
    );
  });

  test('when meetings were scheduled and held, then the funnel lists meetings by state beside the requests', async () => {
    servePipeline();
    renderInApp(<Pipeline />, { path: '/console' });

    const meetings = await screen.findByRole('table', { name: 'Meetings' });
    expect(within(meetings).getByRole('row', { name: 'Scheduled 1' })).toBeDefined();
    expect(within(meetings).getByRole('row', { name: 'Held 5' })).toBeDefined();
    expect(within(meetings).getByRole('row', { name: 'No-show 0' })).toBeDefined();
  });

  test('when the median waits are shown, then short ones read in hours and long ones in days, missing ones as no data', async () => {
    servePipeline();
    renderInApp(<Pipeline />, { path: '/console' });

    const table = await screen.findByRole('table', { name: 'Median time in each step' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'Sign-up → verified30 hr',
      'Verified → first request3 days',
      'Request → introduced20 hr',
      'Introduced → first meetingNo data yet',
      'Introduced → completed20.8 days',
    ]);
  });

  test('when the breakdown dimension changes, then matching is asked for that dimension and its CSV', async () => {
    const calls = servePipeline();
    renderInApp(<Pipeline />, { path: '/console' });

    await userEvent.selectOptions(await screen.findByLabelText('Break down by'), 'cohort');

    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.path.endsWith('/breakdown'))
          .at(-1)
          ?.query.get('by'),
      ).toBe('cohort'),
    );
    const card = screen.getByRole('region', { name: 'Breakdown' });
    expect(
      within(card)
        .getByRole('link', { name: /Download CSV/ })
        .getAttribute('href'),
    ).toContain('view=breakdown&lang=en&by=cohort');
  });
});

describe('useChartDirection', () => {
  const inDirection = (dir: 'rtl' | 'ltr') =>
    function Wrapper({ children }: { children: ReactNode }) {
      return (
        <DirectionProvider initialDirection={dir} detectDirection={false}>
          {children}
        </DirectionProvider>
      );
    };

  test('when the page is right-to-left, then categories run from the right and the value axis stands on the right', () => {
    const rtl = renderHook(() => useChartDirection('vertical'), { wrapper: inDirection('rtl') }).result
      .current;
    const ltr = renderHook(() => useChartDirection('vertical'), { wrapper: inDirection('ltr') }).result
      .current;

    expect([rtl.xAxisProps.reversed, rtl.yAxisProps.orientation]).toEqual([true, 'right']);
    expect([ltr.xAxisProps.reversed, ltr.yAxisProps.orientation]).toEqual([false, 'left']);
  });

  test('when sideways bars are drawn right-to-left, then they grow leftwards from labels on the right', () => {
    const rtl = renderHook(() => useChartDirection('horizontal'), { wrapper: inDirection('rtl') }).result
      .current;

    expect([rtl.xAxisProps.reversed, rtl.yAxisProps.orientation]).toEqual([true, 'right']);
  });
});
