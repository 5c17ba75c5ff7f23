import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi, type SentRequest } from '../../../testing/stub-api';
import type { Programme, Weights } from '../api/programmes';
import { WeightsPanel } from './weights-panel';

const WEIGHTS: Weights = { sector: 0.35, stage: 0.2, language: 0.15, needs: 0.2, load: 0.1 };
const PROGRAMME = {
  programmeId: 'p1',
  name: { en: 'Binaa', ar: 'بناء', tr: 'Binaa' },
  responseDeadlineDays: 7,
  phases: [],
  cohorts: [],
  weights: WEIGHTS,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
} satisfies Programme;
const STARTUP = {
  startupId: 's1',
  name: { latin: 'Shams Solar', ar: 'شمس للطاقة الشمسية' },
  verification: { status: 'verified' },
};
const advisor = (advisorId: string, displayName: string, now: number, next: number) => ({
  advisorId,
  displayName,
  organisation: 'TLBC',
  current: { rank: now, score: 70 - now },
  proposed: { rank: next, score: 70 - next },
});

/** Matching's what-if: with the stage weight above a half, the stage expert overtakes the sector expert. */
const serve = () =>
  stubApi([
    ['GET', /\/v1\/startups\?/, () => ({ body: { items: [STARTUP], nextCursor: null } })],
    [
      'POST',
      /\/v1\/programmes\/p1\/weights-preview$/,
      ({ body }) => {
        const stageFirst = (body as { weights: Weights }).weights.stage > 0.5;
        return {
          body: {
            programmeId: 'p1',
            startupId: 's1',
            items: stageFirst
              ? [advisor('a2', 'Kerem Aksoy', 2, 1), advisor('a1', 'Mehmet Yılmaz', 1, 2)]
              : [advisor('a1', 'Mehmet Yılmaz', 1, 1), advisor('a2', 'Kerem Aksoy', 2, 2)],
          },
        };
      },
    ],
    ['PUT', /\/v1\/programmes\/p1\/weights$/, ({ body }) => ({ body: { ...PROGRAMME, weights: body } })],
  ]);

const previews = (sent: SentRequest[]) =>
  sent.filter((call) => call.url.pathname.endsWith('/weights-preview'));
// Bounded waits a little longer than the default second: the preview waits out its debounce first.
const PATIENCE = { timeout: 5000 };
const rows = async () =>
  within(await screen.findByRole('table', {}, PATIENCE))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

afterEach(() => vi.unstubAllGlobals());

describe('WeightsPanel', { timeout: 20_000 }, () => {
  test('when the council opens the weights, then the first verified startup is ranked under the weights in force', async () => {
    const sent = serve();
    renderInApp(<WeightsPanel programme={PROGRAMME} />);

    expect(await rows()).toEqual([
      ['Mehmet Yılmaz', '1', '1', 'no change'],
      ['Kerem Aksoy', '2', '2', 'no change'],
    ]);
    expect(previews(sent)[0]?.body).toEqual({ startupId: 's1', weights: WEIGHTS, limit: 8 });
  });

  test('when the council turns the stage weight up, then matching is asked with it and the ranking shows who moves', async () => {
    const sent = serve();
    renderInApp(<WeightsPanel programme={PROGRAMME} />);
    await screen.findByRole('table', {}, PATIENCE);

    fireEvent.keyDown(screen.getByRole('slider', { name: 'Stage' }), { key: 'End' });

    await waitFor(
      async () =>
        expect(await rows()).toEqual([
          ['Kerem Aksoy', '2', '1', 'up 1 place'],
          ['Mehmet Yılmaz', '1', '2', 'down 1 place'],
        ]),
      PATIENCE,
    );
    expect(previews(sent).at(-1)?.body).toEqual({
      startupId: 's1',
      weights: { ...WEIGHTS, stage: 1 },
      limit: 8,
    });
    expect(screen.getByText('Stage: 1')).toBeDefined();
    expect(sent.some((call) => call.method === 'PUT')).toBe(false);
  });

  test('when the council saves the weights, then profile receives them', async () => {
    const sent = serve();
    renderInApp(<WeightsPanel programme={PROGRAMME} />);
    await screen.findByRole('table', {}, PATIENCE);

    fireEvent.keyDown(screen.getByRole('slider', { name: 'Needs and offers' }), { key: 'Home' });
    fireEvent.click(screen.getByText('Save the weights'));

    await screen.findByText('The weights are saved; matching uses them from now on.', {}, PATIENCE);
    expect(sent.find((call) => call.method === 'PUT')?.body).toEqual({ ...WEIGHTS, needs: 0 });
  });

  test('when the reader reads Arabic, then the preview speaks Arabic', async () => {
    serve();
    renderInApp(<WeightsPanel programme={PROGRAMME} />, { language: 'ar' });

    expect(await screen.findByRole('heading', { name: 'أوزان المطابقة' }, PATIENCE)).toBeDefined();
    expect((await rows())[0]).toEqual(['Mehmet Yılmaz', '1', '1', 'دون تغيير']);
  });
});
