import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { ApprovalsPage } from './approvals-page';

const PATIENCE = { timeout: 5000 };
const anApproval = (approvalId: string, action: string, targetType: string, expiresAt: string) => ({
  approvalId,
  action,
  target: { type: targetType, id: `${targetType}-1` },
  payload: {},
  requestedBy: { accountId: 'staff-deik' },
  requestedAt: '2026-12-01T08:00:00Z',
  expiresAt,
  state: 'requested',
  decidedBy: null,
  decidedAt: null,
  reason: null,
});
const ERASURE = anApproval('ap-erase', 'account.erase', 'account', '2026-12-04T08:00:00Z');
const ROUND = anApproval('ap-round', 'cohort-round.confirm', 'cohort-round', '2026-12-02T08:00:00Z');

/** Profile holds the erasure, matching the round; each decision empties that service's list. */
const serve = () => {
  const waiting = { profile: [ERASURE], matching: [ROUND] };
  const decided = (service: 'profile' | 'matching', state: string) => () => {
    const [approval] = waiting[service];
    waiting[service] = [];
    return { body: { ...approval, state } };
  };
  return stubApi([
    ['GET', /\/api\/profile\/v1\/approvals\?state=requested$/, () => ({ body: { items: waiting.profile } })],
    [
      'GET',
      /\/api\/matching\/v1\/approvals\?state=requested$/,
      () => ({ body: { items: waiting.matching } }),
    ],
    ['POST', /\/api\/matching\/v1\/approvals\/ap-round\/approve$/, decided('matching', 'approved')],
    ['POST', /\/api\/profile\/v1\/approvals\/ap-erase\/reject$/, decided('profile', 'rejected')],
  ]);
};

afterEach(() => vi.unstubAllGlobals());

describe('the approvals waiting for me', () => {
  test('when both services hold requests, then one list shows them, the nearest deadline first', async () => {
    serve();
    renderInApp(<ApprovalsPage />);

    const list = await screen.findByRole('list', { name: 'Approvals waiting for me' }, PATIENCE);
    const cards = within(list).getAllByRole('listitem');

    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Confirm cohort round cohort-round-1',
      'Erase account account-1',
    ]);
    expect(within(cards[0]!).getByText('Matching')).toBeDefined();
  });

  test('when I approve the round, then matching is asked and the request leaves my list', async () => {
    const sent = serve();
    renderInApp(<ApprovalsPage />);
    const card = await screen.findByRole(
      'listitem',
      { name: 'Confirm cohort round cohort-round-1' },
      PATIENCE,
    );

    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }));

    await waitFor(
      () =>
        expect(screen.queryByRole('listitem', { name: 'Confirm cohort round cohort-round-1' })).toBeNull(),
      PATIENCE,
    );
    expect(
      sent.some((call) => call.method === 'POST' && call.url.pathname.endsWith('/ap-round/approve')),
    ).toBe(true);
  });

  test('when I reject the erasure, then a reason is required and sent to profile', async () => {
    const sent = serve();
    renderInApp(<ApprovalsPage />);
    const card = await screen.findByRole('listitem', { name: 'Erase account account-1' }, PATIENCE);

    fireEvent.click(within(card).getByRole('button', { name: 'Reject' }));
    const submit = within(card).getByRole('button', { name: 'Reject with this reason' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(card).getByLabelText(/Reason/), { target: { value: 'Wrong account' } });
    fireEvent.click(submit);

    await waitFor(
      () => expect(screen.queryByRole('listitem', { name: 'Erase account account-1' })).toBeNull(),
      PATIENCE,
    );
    const rejection = sent.find((call) => call.url.pathname.endsWith('/ap-erase/reject'));
    expect(rejection?.body).toEqual({ reason: 'Wrong account' });
  });

  test('when the page is in Arabic, then its title and actions are Arabic', async () => {
    serve();
    renderInApp(<ApprovalsPage />, { language: 'ar' });

    expect(await screen.findByRole('heading', { name: 'موافقات بانتظاري' }, PATIENCE)).toBeDefined();
    expect(await screen.findByText('محو الحساب account-1', {}, PATIENCE)).toBeDefined();
  });
});
