import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi, type SentRequest } from '../../../testing/stub-api';
import { CohortRounds } from './cohort-rounds';

const PATIENCE = { timeout: 5000 };
const PROGRAMME = {
  programmeId: 'p1',
  name: { en: 'Binaa', ar: 'بناء', tr: 'Binaa' },
  cohorts: [{ cohortId: 'autumn', name: 'Autumn 2025' }],
  phases: [],
};
const startup = (startupId: string, latin: string, ar: string) => ({ startupId, name: { latin, ar } });
const STARTUPS = [
  startup('s1', 'Shams Solar', 'شمس للطاقة'),
  startup('s2', 'Sahel Foods', 'أغذية الساحل'),
  startup('s3', 'Tripoli Code', 'كود طرابلس'),
];
const ADVISORS = [
  { advisorId: 'a1', displayName: 'Mehmet Yılmaz' },
  { advisorId: 'a2', displayName: 'Ayşe Demir' },
];
const line = (criterion: string, score: number, en: string, ar: string) => ({
  criterion,
  score,
  weight: 0.35,
  contribution: score / 3,
  sentence: en,
  text: { en, ar, tr: en },
});

/** Matching's round as it answers: the pin kept, the banned startup left out with its reason. */
const roundFor = (
  body: { pinned: unknown[]; forbidden: unknown[]; objective: string },
  status = 'preview',
) => ({
  roundId: 'r1',
  cohortId: 'autumn',
  programmeId: 'p1',
  objective: body.objective,
  pinned: body.pinned,
  forbidden: body.forbidden,
  status,
  createdAt: '2026-12-01T01:00:00Z',
  createdBy: 'council-1',
  total: 151.25,
  pairs: [
    {
      startupId: 's1',
      advisorId: 'a2',
      score: 80.5,
      pinned: true,
      explanation: [line('sector', 92, 'Both work in solar power.', 'كلاهما يعمل في الطاقة الشمسية.')],
    },
    {
      startupId: 's3',
      advisorId: 'a1',
      score: 70.75,
      pinned: false,
      explanation: [
        line('stage', 100, 'Mehmet mentors early-revenue software firms.', 'محمد يوجّه شركات البرمجيات.'),
      ],
    },
  ],
  unassigned: [{ startupId: 's2', reason: 'all-candidates-forbidden' }],
  include: [],
  excluded: [],
  confirmedAt: status === 'confirmed' ? '2026-12-01T01:01:00Z' : null,
  introductionIds: status === 'confirmed' ? ['i1', 'i2'] : [],
  skipped: [],
  certificate: {},
  lang: 'en',
});

/** Matching's answer while the round runs: its state and progress. */
const runOf = (state: string, fraction: number) => ({
  roundId: 'r1',
  cohortId: 'autumn',
  programmeId: 'p1',
  objective: 'max-total',
  state,
  createdAt: '2026-12-01T01:00:00Z',
  createdBy: 'council-1',
  finishedAt: state === 'cancelled' ? '2026-12-01T01:00:09Z' : null,
  progress: { phase: 'solving', done: 400, total: 1000, round: 1, fraction, elapsedMs: 8_000 },
  failure: null,
  lang: 'en',
});

/** The services with the round solving until `finish` is called, so its progress can be seen. */
const serve = () => {
  let finished = false;
  const finish = () => void (finished = true);
  let cancelled = false;
  let asked: Parameters<typeof roundFor>[0] = { pinned: [], forbidden: [], objective: 'max-total' };
  let made: ReturnType<typeof roundFor> | null = null;
  const sent = stubApi([
    ['GET', /\/v1\/programmes\?/, () => ({ body: { items: [PROGRAMME], nextCursor: null } })],
    ['GET', /\/v1\/startups\?/, () => ({ body: { items: STARTUPS, nextCursor: null } })],
    ['GET', /\/v1\/advisors\?/, () => ({ body: { items: ADVISORS, nextCursor: null } })],
    [
      'GET',
      /\/v1\/cohort-rounds\?cohortId=autumn/,
      () => ({
        body: {
          items:
            made === null
              ? []
              : [
                  {
                    ...made,
                    assigned: 2,
                    unassigned: 1,
                    pinned: 1,
                    forbidden: 1,
                    requested: made.introductionIds.length,
                  },
                ],
        },
      }),
    ],
    [
      'POST',
      /\/v1\/cohort-rounds$/,
      ({ body }) => {
        asked = body as Parameters<typeof roundFor>[0];
        return { status: 202, body: runOf('queued', 0) };
      },
    ],
    [
      'GET',
      /\/v1\/cohort-rounds\/r1(\?|$)/,
      () => {
        if (cancelled) return { body: runOf('cancelled', 0.4) };
        if (!finished) return { body: runOf('solving', 0.4) };
        made ??= roundFor(asked);
        return { body: { ...made, state: 'ready' } };
      },
    ],
    [
      'POST',
      /\/v1\/cohort-rounds\/r1\/cancel$/,
      () => {
        cancelled = true;
        return { body: runOf('cancelled', 0.4) };
      },
    ],
    [
      'POST',
      /\/v1\/cohort-rounds\/r1\/confirm$/,
      () => {
        made = roundFor(made ?? asked, 'confirmed');
        return { body: made };
      },
    ],
  ]);
  return { sent, finish };
};

/** Opens a select and picks one option; while its options are still loading, closes it and tries again (bounded). */
const choose = async (label: string, option: string) => {
  for (let attempt = 1; ; attempt++) {
    const input = screen.getByRole('textbox', { name: label });
    fireEvent.click(input);
    // Mantine's dropdown keeps a display it sets by transition, which jsdom reports as hidden.
    const found = screen.queryByRole('option', { name: option, hidden: true });
    if (found !== null) return void fireEvent.click(found);
    if (attempt === 20) throw new Error(`no option ${option} in ${label}`);
    fireEvent.keyDown(input, { key: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
const posted = (sent: SentRequest[]) =>
  sent.find((call) => call.method === 'POST' && call.url.pathname.endsWith('/cohort-rounds'))?.body;

afterEach(() => vi.unstubAllGlobals());

describe('CohortRounds', { timeout: 30_000 }, () => {
  test('when the council pins one pair and bans another, then the preview runs with both, shows progress, each pair with why, the total and who is left out and why', async () => {
    const { sent, finish } = serve();
    renderInApp(<CohortRounds />);
    await choose('Cohort', 'Autumn 2025 — Binaa');
    await screen.findByText('3 startups in this cohort.', {}, PATIENCE);
    fireEvent.click(screen.getByRole('radio', { name: /Most startups matched/ }));

    await choose('Startup', 'Shams Solar');
    await choose('Mentor or investor', 'Ayşe Demir');
    fireEvent.click(screen.getByRole('button', { name: 'Pin this pair' }));
    await choose('Startup', 'Sahel Foods');
    await choose('Mentor or investor', 'Mehmet Yılmaz');
    fireEvent.click(screen.getByRole('button', { name: 'Ban this pair' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run the preview' }));

    const progress = await screen.findByRole('status', {}, PATIENCE);
    await waitFor(() => expect(progress.textContent).toMatch(/40% · 8 seconds · pass 1/), PATIENCE);
    expect(progress.textContent).toMatch(/Finding the optimal assignment/);
    expect(within(progress).getByRole('progressbar', { name: 'How far the round is' })).toBeDefined();
    finish();
    const preview = await screen.findByRole('region', { name: 'Assignment' }, PATIENCE);
    expect(posted(sent)).toEqual({
      cohortId: 'autumn',
      programmeId: 'p1',
      objective: 'max-matched-then-total',
      pinned: [{ startupId: 's1', advisorId: 'a2' }],
      forbidden: [{ startupId: 's2', advisorId: 'a1' }],
    });
    expect(
      within(preview).getByText('2 startups matched · 1 left without an advisor · total fit 151.3'),
    ).toBeDefined();
    const pinnedRow = within(preview).getByRole('row', { name: 'Shams Solar with Ayşe Demir' });
    expect(within(pinnedRow).getByText('Pinned')).toBeDefined();
    expect(within(pinnedRow).getByText('Both work in solar power.')).toBeDefined();
    expect(within(preview).getByText('Sahel Foods: every advisor it could have had is banned')).toBeDefined();
  });

  test('when the council confirms the preview, then the requests are sent and the round is listed among earlier rounds as confirmed', async () => {
    const { sent, finish } = serve();
    finish();
    renderInApp(<CohortRounds />);
    await choose('Cohort', 'Autumn 2025 — Binaa');
    fireEvent.click(await screen.findByRole('button', { name: 'Run the preview' }, PATIENCE));

    fireEvent.click(
      await screen.findByRole('button', { name: 'Confirm: send 2 introduction requests' }, PATIENCE),
    );

    expect(await screen.findByText('Confirmed: 2 introduction requests sent.', {}, PATIENCE)).toBeDefined();
    expect(sent.some((call) => call.url.pathname.endsWith('/cohort-rounds/r1/confirm'))).toBe(true);
    const history = screen.getByRole('table', { name: 'Earlier rounds' });
    await waitFor(() => expect(within(history).getByText('Confirmed')).toBeDefined(), PATIENCE);
    expect(
      within(history).getByText(/2 matched, 1 without an advisor, 1 pinned, 1 banned, 2 requested/),
    ).toBeDefined();
  });

  test('when the council cancels a running round, then matching is asked to stop it and the page says it was cancelled', async () => {
    const { sent } = serve();
    renderInApp(<CohortRounds />);
    await choose('Cohort', 'Autumn 2025 — Binaa');
    fireEvent.click(await screen.findByRole('button', { name: 'Run the preview' }, PATIENCE));

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel the round' }, PATIENCE));

    expect(await screen.findByText('Round cancelled', {}, PATIENCE)).toBeDefined();
    expect(screen.getByText('The round was cancelled before it finished; nothing was sent.')).toBeDefined();
    expect(
      sent.some((call) => call.method === 'POST' && call.url.pathname.endsWith('/cohort-rounds/r1/cancel')),
    ).toBe(true);
    expect(screen.queryByRole('region', { name: 'Assignment' })).toBeNull();
  });

  test('when the reader reads Arabic, then the pairs, their reasons and the left-out startups are in Arabic', async () => {
    const { finish } = serve();
    finish();
    renderInApp(<CohortRounds />, { language: 'ar' });
    await choose('الدفعة', 'Autumn 2025 — بناء');
    fireEvent.click(await screen.findByRole('button', { name: 'تشغيل المعاينة' }, PATIENCE));

    const preview = await screen.findByRole('region', { name: 'التوزيع' }, PATIENCE);
    expect(within(preview).getByText('كلاهما يعمل في الطاقة الشمسية.')).toBeDefined();
    expect(within(preview).getByText('أغذية الساحل: كل المرشدين الممكنين لها محظورون')).toBeDefined();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
