import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { AwaitingMilestones } from './awaiting-milestones';

afterEach(() => vi.unstubAllGlobals());

const awaiting = {
  items: [
    {
      startupId: 's1',
      programmeId: 'p1',
      cohortId: 'autumn-2025',
      centreId: 'tripoli',
      phaseId: 'training',
      milestoneId: 'business-plan',
      state: 'reached',
      evidence: { text: 'Plan reviewed at the Tripoli centre.', link: null },
      reachedAt: '2026-11-02T09:00:00.000Z',
      decision: null,
      startupName: { latin: 'Shams Solar', ar: 'شمس للطاقة الشمسية' },
      milestoneName: { en: 'Business plan', ar: 'خطة العمل', tr: 'İş planı' },
    },
  ],
};

describe('AwaitingMilestones', () => {
  test('when a mentor confirms a claim, then the confirmation is posted for that startup and milestone', async () => {
    const sent = stubApi([
      ['GET', /\/v1\/milestones\/awaiting$/, () => ({ body: awaiting })],
      ['POST', /\/confirm$/, () => ({ body: { ...awaiting.items[0], state: 'confirmed' } })],
    ]);
    renderInApp(<AwaitingMilestones />, { language: 'tr' });
    const card = await screen.findByRole('article', { name: 'Shams Solar — شمس للطاقة الشمسية' });

    expect(within(card).getByText('İş planı')).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Onayla' }));

    await waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true));
    expect(sent.find((r) => r.method === 'POST')?.url.pathname).toBe(
      '/api/profile/v1/startups/s1/milestones/business-plan/confirm',
    );
  });

  test('when a mentor sends a claim back, then a reason is required and sent', async () => {
    const sent = stubApi([
      ['GET', /\/v1\/milestones\/awaiting$/, () => ({ body: awaiting })],
      ['POST', /\/send-back$/, () => ({ body: { ...awaiting.items[0], state: 'sent-back' } })],
    ]);
    renderInApp(<AwaitingMilestones />, { language: 'en' });
    const card = await screen.findByRole('article', { name: /Shams Solar/ });
    const sendBack = within(card).getByRole('button', { name: 'Send back' });

    expect(sendBack).toHaveProperty('disabled', true);
    await userEvent.type(within(card).getByLabelText(/Why send it back/), 'No cash-flow forecast yet.');
    await userEvent.click(sendBack);

    await waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true));
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({ reason: 'No cash-flow forecast yet.' });
  });

  test('when a centre coordinator opens the console page, then it speaks of their centres in Arabic and confirms the claim', async () => {
    const sent = stubApi([
      ['GET', /\/v1\/milestones\/awaiting$/, () => ({ body: awaiting })],
      ['POST', /\/confirm$/, () => ({ body: { ...awaiting.items[0], state: 'confirmed' } })],
    ]);
    renderInApp(<AwaitingMilestones audience="coordinator" />, { language: 'ar' });
    const card = await screen.findByRole('article', { name: /Shams Solar/ });

    expect(screen.getByText(/في مراكزك/)).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'تأكيد' }));
    await waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true));
    expect(sent.find((r) => r.method === 'POST')?.url.pathname).toBe(
      '/api/profile/v1/startups/s1/milestones/business-plan/confirm',
    );
  });
});
