import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { CompleteIntroduction } from './complete-introduction';

const anIntroduction = (overrides: Record<string, unknown> = {}) => ({
  id: 'i1',
  status: 'accepted',
  completion: null,
  threadId: 'i1',
  ...overrides,
});

/** Messaging's introduction and its complete route, as the BFF forwards them. */
const serve = (introduction = anIntroduction()) => {
  let current: Record<string, unknown> = introduction;
  const completed: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') {
      const body = (await request.json()) as { rating: number; comment?: string };
      completed.push({ path, body });
      current = {
        ...current,
        status: 'completed',
        completion: {
          by: 'startup',
          rating: body.rating,
          comment: body.comment ?? null,
          at: '2026-03-05T10:00:00Z',
        },
      };
      return Response.json(current);
    }
    return Response.json(current);
  });
  return completed;
};

afterEach(() => vi.unstubAllGlobals());

describe('CompleteIntroduction', () => {
  test('when the startup rates the introduction 4 with a word, then messaging is told and the rating is shown', async () => {
    const completed = serve();
    renderInApp(<CompleteIntroduction introductionId="i1" />);

    const submit = await screen.findByRole('button', { name: 'Complete with this rating' });
    expect(submit).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('radio', { name: '4 of 5' }));
    await userEvent.type(screen.getByLabelText('A word about it (optional)'), 'Two doors opened');
    await userEvent.click(submit);

    await screen.findByText('Completed by the startup with a rating of 4 of 5.');
    expect(screen.getByText('Two doors opened')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Complete with this rating' })).toBeNull();
    expect(completed).toEqual([
      {
        path: '/api/messaging/v1/introductions/i1/complete',
        body: { rating: 4, comment: 'Two doors opened' },
      },
    ]);
  });

  test('when no comment is written, then only the rating is sent', async () => {
    const completed = serve();
    renderInApp(<CompleteIntroduction introductionId="i1" />);
    await userEvent.click(await screen.findByRole('radio', { name: '5 of 5' }));
    await userEvent.click(screen.getByRole('button', { name: 'Complete with this rating' }));
    await waitFor(() => expect(completed.map((c) => c.body)).toEqual([{ rating: 5 }]));
  });

  test('when messaging refuses the completion, then its problem is shown and the form stays', async () => {
    serve();
    renderInApp(<CompleteIntroduction introductionId="i1" />);
    await userEvent.click(await screen.findByRole('radio', { name: '2 of 5' }));
    vi.stubGlobal('fetch', async () =>
      Response.json(
        {
          status: 409,
          code: 'INTRODUCTION.NOT_ACCEPTED',
          detail: 'Only an accepted introduction can be completed.',
          errors: [],
        },
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Complete with this rating' }));
    await screen.findByText('Only an accepted introduction can be completed.');
    expect(screen.getByRole('button', { name: 'Complete with this rating' })).toBeDefined();
  });

  test('when the mentor completed it already, then the reader sees the rating in Arabic', async () => {
    serve(
      anIntroduction({
        status: 'completed',
        completion: { by: 'advisor', rating: 3, comment: null, at: '2026-03-05T10:00:00Z' },
      }),
    );
    renderInApp(<CompleteIntroduction introductionId="i1" />, { language: 'ar' });
    await screen.findByText('أتمّه المرشد بتقييم 3 من 5.');
  });
});
