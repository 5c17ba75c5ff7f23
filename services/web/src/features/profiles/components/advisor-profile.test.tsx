import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { AdvisorProfile } from './advisor-profile';
import { PENDING, problem, serveProfile } from './profile-service-stub';

afterEach(() => vi.unstubAllGlobals());

// A whole profile is many fields: no pause between key presses, and room for a slow shared machine.
const user = userEvent.setup({ delay: null });
const SLOW = { timeout: 5_000 };
vi.setConfig({ testTimeout: 60_000 });

const MEHMET = {
  advisorId: 'a1',
  displayName: 'Mehmet Yılmaz',
  organisation: 'TLBC',
  roles: ['mentor', 'investor'],
  sectors: ['35'],
  stages: ['prototype', 'growth'],
  languages: [{ code: 'tr', proficiency: 'native' }],
  offers: ['mentoring', 'investment'],
  ticket: { minUsd: 20000, maxUsd: 100000 },
  capacity: 3,
  timeZone: 'Europe/Istanbul',
  verification: { ...PENDING, status: 'verified' },
  pause: { paused: false, reason: null, since: null },
  centreId: null,
  pendingChange: null,
  deactivated: false,
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
};

describe('AdvisorProfile', () => {
  test('when an advisor pauses and then resumes, then profile is told each time and the page says where they stand', async () => {
    const calls = serveProfile({ stored: MEHMET });
    renderInApp(<AdvisorProfile advisorId="a1" />);
    expect(await screen.findByText('You are taking new introductions.', {}, SLOW)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Pause new introductions' }));
    expect(
      await screen.findByText('You are paused: startups do not see you in their matches.', {}, SLOW),
    ).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Resume new introductions' }));
    expect(await screen.findByText('You are taking new introductions.', {}, SLOW)).toBeDefined();

    const switches = calls.filter((call) => call.url.pathname === '/api/profile/v1/advisors/a1/pause');
    expect(switches.map((call) => [call.method, call.body])).toEqual([
      ['PUT', { paused: true }],
      ['PUT', { paused: false }],
    ]);
  });

  test('when the council paused the advisor, then the page says so in Arabic and offers no resume', async () => {
    serveProfile({
      stored: { ...MEHMET, pause: { paused: true, reason: 'council', since: '2026-11-30T12:00:00Z' } },
    });
    renderInApp(<AdvisorProfile advisorId="a1" />, { language: 'ar' });

    expect(await screen.findByText('أوقفك المجلس مؤقتاً؛ اطلب من المجلس الاستئناف.', {}, SLOW)).toBeDefined();
    expect(screen.getByRole('button', { name: 'استأنف التعارفات الجديدة' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  test('when the advisor adds a sector found by a Turkish word and profile refuses the ticket, then the sectors are sent and the ticket error is shown in Arabic', async () => {
    const calls = serveProfile({
      stored: MEHMET,
      answer: () =>
        problem(400, [
          { path: 'body.ticket.maxUsd', code: 'custom', message: 'minUsd must not exceed maxUsd' },
        ]),
    });
    renderInApp(<AdvisorProfile advisorId="a1" />, { language: 'ar' });
    const sectors = await screen.findByRole('textbox', { name: /القطاعات/ }, SLOW);

    await user.type(sectors, 'programlama');
    await waitFor(() => expect(screen.queryByRole('option', { name: /^10/, hidden: true })).toBeNull(), SLOW);
    await user.click(await screen.findByRole('option', { name: /^62 · أنشطة البرمجة/, hidden: true }, SLOW));
    await user.click(screen.getByRole('button', { name: 'احفظ ملفي' }));

    expect(await screen.findByText('يجب ألا يقل أكبر استثمار عن أصغره.', {}, SLOW)).toBeDefined();
    expect(calls.find((call) => call.method === 'PUT')?.body).toMatchObject({ sectors: ['35', '62'] });
  });
});
