import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { StartupMilestones } from './startup-milestones';

afterEach(() => vi.unstubAllGlobals());

const name = (en: string, ar: string, tr: string) => ({ en, ar, tr });
const claim = (state: string, reason: string | null = null) => ({
  startupId: 's1',
  programmeId: 'p1',
  cohortId: 'autumn-2025',
  centreId: 'tripoli',
  phaseId: 'training',
  milestoneId: 'business-plan',
  state,
  evidence: { text: 'Plan reviewed at the Tripoli centre.', link: 'https://example.org/plan.pdf' },
  reachedAt: '2026-11-02T09:00:00.000Z',
  decision: reason === null ? null : { by: 'a1', as: 'mentor', at: '2026-11-03T09:00:00.000Z', reason },
});
const page = (businessPlan: unknown) => ({
  startupId: 's1',
  programmeId: 'p1',
  phases: [
    { phaseId: 'application', name: name('Applications', 'التقديم', 'Başvuru'), milestones: [] },
    {
      phaseId: 'training',
      name: name('Training', 'التدريب', 'Eğitim'),
      milestones: [
        {
          milestoneId: 'business-plan',
          name: name('Business plan', 'خطة العمل', 'İş planı'),
          progress: businessPlan,
        },
        {
          milestoneId: 'first-paying-customer',
          name: name('First paying customer', 'أول عميل يدفع', 'İlk ödeme yapan müşteri'),
          progress: null,
        },
      ],
    },
  ],
});

describe('StartupMilestones', () => {
  test('when an Arabic reader opens it, then each milestone shows its state and a sent-back one says why, right to left', async () => {
    stubApi([
      ['GET', /\/milestones$/, () => ({ body: page(claim('sent-back', 'ينقصها توقع التدفق النقدي.')) })],
    ]);
    renderInApp(<StartupMilestones startupId="s1" />, { language: 'ar' });

    const training = await screen.findByRole('region', { name: 'التدريب' });
    expect(within(training).getByText('خطة العمل')).toBeTruthy();
    expect(within(training).getByText('أُعيد')).toBeTruthy();
    expect(within(training).getByText(/ينقصها توقع التدفق النقدي/)).toBeTruthy();
    expect(within(training).getByText('لم يتحقق بعد')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'التقديم' })).toBeNull();
    expect(document.documentElement.dir).toBe('rtl');
  });

  test('when the startup sends evidence, then the claim is posted with text and link, and a refused link shows under its field', async () => {
    const sent = stubApi([
      ['GET', /\/milestones$/, () => ({ body: page(null) })],
      [
        'POST',
        /first-paying-customer\/reached$/,
        () => ({
          status: 400,
          body: {
            status: 400,
            code: 'REQUEST.INVALID',
            detail: 'The request is not valid.',
            errors: [{ path: 'body.link', code: 'invalid_format', message: 'must be an https link' }],
          },
        }),
      ],
    ]);
    renderInApp(<StartupMilestones startupId="s1" />, { language: 'en' });
    await screen.findByText('First paying customer');
    const [, second] = screen.getAllByRole('button', { name: 'Mark as reached' });
    const card = second?.closest('form') as HTMLElement;

    await userEvent.type(
      within(card).getByLabelText(/What you achieved/),
      'Invoice 17 paid by Misrata Dates.',
    );
    await userEvent.type(within(card).getByLabelText(/Link to the evidence/), 'http://example.org/invoice');
    await userEvent.click(within(card).getByRole('button', { name: 'Mark as reached' }));

    await waitFor(() => expect(within(card).getAllByText('must be an https link').length).toBeGreaterThan(0));
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({
      text: 'Invoice 17 paid by Misrata Dates.',
      link: 'http://example.org/invoice',
    });
  });
});
