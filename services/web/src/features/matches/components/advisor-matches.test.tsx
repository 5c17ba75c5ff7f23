import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { AdvisorMatches } from './advisor-matches';

const line = (criterion: string, score: number, sentence: string) => ({
  criterion,
  score,
  weight: 0.5,
  contribution: score / 2,
  sentence,
  text: { en: sentence },
});
const advisor = (advisorId: string, displayName: string, score: number) => ({
  advisorId,
  displayName,
  score,
  currentAdvisor: false,
  freeCapacity: 2,
  offers: ['mentoring'],
  organisation: 'TLBC',
  roles: ['mentor'],
  explanation: [line('sector', score, `${displayName} knows electricity supply.`)],
});
const RECOMMENDATIONS = {
  startupId: 's1',
  lang: 'en',
  items: [advisor('a1', 'Mehmet Yılmaz', 82), advisor('a2', 'Ayşe Demir', 64)],
};
const introduction = (advisorId: string, state: string) => ({
  advisorId,
  state,
  introductionId: `i-${advisorId}`,
});

/** Matching behind the BFF as the browser sees it; records what the page sends. */
const serve = (introductions: unknown[]) => {
  // Matching lists a request once it has accepted it.
  const listed = [...introductions];
  const sent: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init: RequestInit = {}) => {
    const request =
      input instanceof Request ? input : new Request(new URL(input, window.location.origin), init);
    const text = await request.text();
    sent.push({ url: request.url, method: request.method, body: text === '' ? undefined : JSON.parse(text) });
    const body = request.url.includes('/recommendations')
      ? RECOMMENDATIONS
      : request.url.includes('/v1/centres')
        ? {
            items: [
              {
                centreId: 'c-misrata',
                city: 'misrata',
                name: { en: 'Misrata centre', ar: 'مركز مصراتة', tr: 'Misrata merkezi' },
              },
            ],
          }
        : request.method === 'POST'
          ? introduction('a1', 'requested')
          : { items: listed };
    if (request.method === 'POST') listed.push(introduction('a1', 'requested'));
    return new Response(JSON.stringify(body), {
      status: request.method === 'POST' ? 201 : 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  return sent;
};

afterEach(() => vi.unstubAllGlobals());

describe('AdvisorMatches', () => {
  test('when a startup with one open request opens its matches, then advisors are ranked with their explanation and two requests are left', async () => {
    serve([introduction('a9', 'requested'), introduction('a8', 'declined')]);
    renderInApp(<AdvisorMatches startupId="s1" />);

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      '1. Mehmet Yılmaz',
      '2. Ayşe Demir',
    ]);
    expect(within(cards[0]!).getByText('Fit 82%')).toBeDefined();
    expect(within(cards[0]!).getByText('Mehmet Yılmaz knows electricity supply.')).toBeDefined();
    expect(within(cards[0]!).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('82');
    expect(within(cards[1]!).getByText('You can send 2 more requests (of 3 open at a time).')).toBeDefined();
  });

  test('when the startup sends a note to its best match, then matching receives the request and the card says it is sent', async () => {
    const sent = serve([]);
    renderInApp(<AdvisorMatches startupId="s1" />);
    const first = (await screen.findAllByRole('article'))[0]!;

    await userEvent.type(within(first).getByLabelText(/A note for Mehmet Yılmaz/), 'Solar for clinics');
    await userEvent.click(within(first).getByRole('button', { name: 'Request an introduction' }));

    await waitFor(() => expect(screen.getByText('Request sent — awaiting an answer.')).toBeDefined());
    const post = sent.find((call) => call.method === 'POST');
    expect(post?.url).toMatch(/\/api\/matching\/v1\/introductions$/);
    expect(post?.body).toEqual({ advisorId: 'a1', note: 'Solar for clinics' });
  });

  test('when the reader reads Arabic, then the page title is in Arabic', async () => {
    serve([]);
    renderInApp(<AdvisorMatches startupId="s1" />, { language: 'ar' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'المرشدون والمستثمرون الأنسب لك' }),
    ).toBeDefined();
  });

  test('when the startup filters by offer and centre, then matching is asked for exactly those advisors', async () => {
    const sent = serve([]);
    renderInApp(<AdvisorMatches startupId="s1" />);
    await screen.findAllByRole('article');

    await userEvent.selectOptions(screen.getByLabelText('Offers'), 'investment');
    await userEvent.selectOptions(await screen.findByLabelText('Business development centre'), 'c-misrata');

    await waitFor(() => {
      const last = sent.filter((call) => call.url.includes('/recommendations')).at(-1);
      expect(new URL(last!.url).searchParams.get('offer')).toBe('investment');
      expect(new URL(last!.url).searchParams.get('centre')).toBe('c-misrata');
    });
    await userEvent.selectOptions(screen.getByLabelText('Offers'), '');
    await waitFor(() => {
      const last = sent.filter((call) => call.url.includes('/recommendations')).at(-1);
      expect(new URL(last!.url).searchParams.has('offer')).toBe(false);
    });
  });
});
