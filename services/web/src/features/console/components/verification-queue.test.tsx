import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { aStartupView, anAdvisorView, page } from '../../../testing/console-data';
import { renderInApp } from '../../../testing/render-app';
import { serveApi } from '../../../testing/serve-api';
import { VerificationQueue } from './verification-queue';

const verified = { status: 'verified', reason: null, decidedAt: '2026-11-02T10:00:00.000Z', notice: {} };
const changed = anAdvisorView({
  advisorId: 'a-2',
  displayName: 'Kemal Aydın',
  organisation: 'Aydın Gıda',
  verification: verified,
  pendingChange: {
    displayName: 'Kemal Aydın',
    organisation: 'Aydın Lojistik',
    roles: ['mentor'],
    offers: ['mentoring'],
    sectors: ['10'],
    submittedAt: '2026-11-03T10:00:00.000Z',
  },
});

const serveQueue = () => {
  let decided = false;
  const calls = serveApi({
    'GET /api/profile/v1/startups': () => page(decided ? [] : [aStartupView()]),
    'GET /api/profile/v1/advisors': (call) =>
      page(call.query.get('pendingChange') === 'true' ? [changed] : []),
    'POST /api/profile/v1/startups/s-1/verification': () => {
      decided = true;
      return aStartupView({ verification: verified });
    },
    'POST /api/profile/v1/advisors/a-2/verification': () => changed,
  });
  return calls;
};

afterEach(() => vi.unstubAllGlobals());

describe('VerificationQueue', () => {
  test('when the council approves a new startup, then profile is told "verified" and the startup leaves the queue', async () => {
    const calls = serveQueue();
    renderInApp(<VerificationQueue />);

    const card = await screen.findByRole('article', { name: 'Sahara Foods' });
    expect(within(card).getByText('أغذية الصحراء')).toBeDefined();
    await userEvent.click(within(card).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Sahara Foods' })).toBeNull());
    expect(calls.filter((c) => c.method === 'POST')).toMatchObject([
      { path: '/api/profile/v1/startups/s-1/verification', body: { decision: 'verified' } },
    ]);
    expect(calls.find((c) => c.path === '/api/profile/v1/startups')?.query.get('verification')).toBe(
      'pending',
    );
  });

  test('when the council rejects a held change, then a reason is required and sent with the rejection', async () => {
    const calls = serveQueue();
    renderInApp(<VerificationQueue />);

    const card = await screen.findByRole('article', { name: 'Kemal Aydın' });
    const diff = within(card).getByRole('table', { name: 'What the advisor changed' });
    expect(
      within(diff)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['FieldNow (verified)Proposed', 'OrganisationAydın GıdaAydın Lojistik']);
    await userEvent.click(within(card).getByRole('button', { name: 'Reject…' }));
    const confirm = within(card).getByRole('button', { name: 'Reject with this reason' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await userEvent.type(
      within(card).getByLabelText(/Reason for rejecting/),
      'Please show the new company registration.',
    );
    await userEvent.click(confirm);

    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST')).toMatchObject([
        {
          path: '/api/profile/v1/advisors/a-2/verification',
          body: { decision: 'rejected', reason: 'Please show the new company registration.' },
        },
      ]),
    );
  });

  test('when the reader reads Turkish, then the queue speaks Turkish', async () => {
    serveQueue();
    renderInApp(<VerificationQueue />, { language: 'tr' });

    const card = await screen.findByRole('article', { name: 'Sahara Foods' });
    expect(within(card).getByRole('button', { name: 'Onayla' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Doğrulama kuyruğu' })).toBeDefined();
  });
});
