import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { AdvisorInbox } from './advisor-inbox';

const HOUR = 3_600_000;
const request = (id: string, en: string, deadlineInHours: number) => ({
  id,
  advisor: { deleted: false, id: 'adv-1', name: null },
  startup: { deleted: false, id: `s-${id}`, name: { ar: `${en} (ar)`, en, tr: en } },
  answerDueAt: null,
  closedReason: null,
  completion: null,
  // Half an hour past the whole unit, so the countdown cannot tick over while the test runs.
  deadlineAt: new Date(Date.now() + deadlineInHours * HOUR + HOUR / 2).toISOString(),
  decidedAt: null,
  decline: null,
  explanation: [],
  info: [],
  note: `${en} would like an introduction.`,
  programmeId: null,
  receivedAt: new Date().toISOString(),
  remainingMsWhilePaused: null,
  requestedAt: new Date().toISOString(),
  score: 70,
  status: 'requested',
  threadId: null,
});

/** Messaging behind the BFF: decisions move a request out of (or along in) the inbox, as messaging does. */
const serve = () => {
  const items = [
    request('i1', 'Solar Clinics', 50),
    request('i2', 'Tripoli Agritech', 5),
    request('i3', 'Benghazi Pay', 30),
  ];
  const decided: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: Request) => {
    const path = new URL(input.url).pathname;
    if (input.method === 'POST') {
      const body: unknown = JSON.parse(await input.text());
      decided.push({ path, body });
      const [, id, action] = /\/introductions\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
      const item = items.find((candidate) => candidate.id === id)!;
      item.status =
        { accept: 'accepted', decline: 'declined', 'info-request': 'info-requested' }[action!] ?? 'requested';
      if (action === 'info-request')
        item.info = [
          {
            question: (body as { question: string }).question,
            askedAt: new Date().toISOString(),
            answer: null,
            answeredAt: null,
          },
        ] as never;
      return Response.json(item);
    }
    return Response.json({ items, nextCursor: null });
  });
  return decided;
};

afterEach(() => vi.unstubAllGlobals());

describe('Advisor inbox decision flow', () => {
  test('when an advisor opens the inbox, then each request shows the time left to answer', async () => {
    serve();
    renderInApp(<AdvisorInbox />);
    const [first, second, third] = await screen.findAllByRole('article');
    expect(within(first!).getByText('Answer in 2 days')).toBeDefined();
    expect(within(second!).getByText('Answer in 5 hours')).toBeDefined();
    expect(within(third!).getByText('Answer in 1 day')).toBeDefined();
  });

  test('when the advisor accepts one, declines one with a reason and asks the third for more, then messaging gets each decision and the inbox follows', async () => {
    const decided = serve();
    renderInApp(<AdvisorInbox />);

    const solar = await screen.findByRole('article', { name: 'Solar Clinics' });
    await userEvent.click(within(solar).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Solar Clinics' })).toBeNull());

    const agritech = screen.getByRole('article', { name: 'Tripoli Agritech' });
    await userEvent.click(within(agritech).getByRole('button', { name: 'Decline' }));
    await userEvent.selectOptions(within(agritech).getByLabelText('Reason'), 'Not my sector');
    await userEvent.type(
      within(agritech).getByLabelText(/A word for the startup/),
      'Try an agriculture mentor.',
    );
    await userEvent.click(within(agritech).getByRole('button', { name: 'Decline the request' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Tripoli Agritech' })).toBeNull());

    const pay = screen.getByRole('article', { name: 'Benghazi Pay' });
    await userEvent.click(within(pay).getByRole('button', { name: 'Ask for more information' }));
    await userEvent.type(
      within(pay).getByLabelText(/Your question to the startup/),
      'Are you licensed by the central bank?',
    );
    await userEvent.click(within(pay).getByRole('button', { name: 'Send the question' }));
    await waitFor(() => expect(within(pay).getByText("Waiting for the startup's answer")).toBeDefined());
    expect(within(pay).queryByRole('button', { name: 'Ask for more information' })).toBeNull();

    expect(decided).toEqual([
      { path: '/api/messaging/v1/introductions/i1/accept', body: {} },
      {
        path: '/api/messaging/v1/introductions/i2/decline',
        body: { reason: 'not-my-sector', comment: 'Try an agriculture mentor.' },
      },
      {
        path: '/api/messaging/v1/introductions/i3/info-request',
        body: { question: 'Are you licensed by the central bank?' },
      },
    ]);
  });

  test('when the advisor reads Arabic, then the startup is named in Arabic and the countdown is in Arabic', async () => {
    serve();
    renderInApp(<AdvisorInbox />, { language: 'ar' });
    const when = new Intl.RelativeTimeFormat('ar', { numeric: 'always' }).format(5, 'hour');
    const agritech = await screen.findByRole('article', { name: 'Tripoli Agritech (ar)' });
    expect(within(agritech).getByText(`الرد مطلوب ${when}`)).toBeDefined();
    expect(within(agritech).getByRole('button', { name: 'قبول' })).toBeDefined();
  });
});
