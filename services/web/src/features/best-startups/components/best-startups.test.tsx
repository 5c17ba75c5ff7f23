import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { BestStartups } from './best-startups';

afterEach(() => vi.unstubAllGlobals());

const line = (criterion: string, score: number, sentence: string) => ({
  criterion,
  score,
  weight: 0.3,
  contribution: score * 0.3,
  sentence,
  text: { ar: sentence },
});

/** Matching behind the BFF as the browser sees it; records what the page asks and in which language. */
const serveMatching = (status: number, body: unknown) => {
  const asked: { url: string; language: string | null }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    asked.push({ url: request.url, language: request.headers.get('accept-language') });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' },
    });
  });
  return asked;
};

describe('BestStartups', () => {
  test("when an Arabic advisor opens the page, then startups come ranked with matching's reasons in Arabic", async () => {
    const asked = serveMatching(200, {
      advisorId: 'a1',
      lang: 'ar',
      items: [
        {
          startupId: 's1',
          name: 'Noor Grid',
          score: 91,
          explanation: [
            line('sector', 100, 'القطاع نفسه: إمدادات الكهرباء.'),
            line('stage', 50, 'مرحلة مجاورة.'),
          ],
        },
        {
          startupId: 's2',
          name: 'Sahara Foods',
          score: 62,
          explanation: [line('sector', 40, 'قطاع قريب.')],
        },
      ],
    });
    renderInApp(<BestStartups advisorId="a1" />, { language: 'ar' });

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      '1. Noor Grid',
      '2. Sahara Foods',
    ]);
    expect(within(cards[0]!).getByText('القطاع نفسه: إمدادات الكهرباء.')).toBeDefined();
    expect(
      within(cards[0]!).getByText(
        `الملاءمة ${new Intl.NumberFormat('ar', { style: 'percent' }).format(0.91)}`,
      ),
    ).toBeDefined();
    expect(
      within(cards[0]!)
        .getAllByRole('progressbar')
        .map((bar) => bar.getAttribute('aria-valuenow')),
    ).toEqual(['100', '50']);
    expect(asked[0]).toEqual({
      url: 'http://localhost:3000/api/matching/v1/advisors/a1/recommended-startups?limit=20',
      language: 'ar',
    });
  });

  test('when matching does not match the advisor yet, then the page says the council must verify the profile first', async () => {
    serveMatching(404, {
      status: 404,
      code: 'MATCHING.ADVISOR_NOT_MATCHABLE',
      detail: 'No verified, active advisor profile with this id.',
      errors: [],
    });
    renderInApp(<BestStartups advisorId="a1" />);

    expect(
      await screen.findByText(
        'Startups that fit you appear here once the council has verified your profile.',
      ),
    ).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
