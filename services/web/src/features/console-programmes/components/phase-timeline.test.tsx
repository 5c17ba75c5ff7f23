import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import type { Programme } from '../api/programmes';
import { PhaseTimeline } from './phase-timeline';
import { inputOf, ProgrammeEditor } from './programme-editor';

const phase = (
  phaseId: string,
  en: string,
  ar: string,
  startsOn: string,
  endsOn: string,
): Programme['phases'][number] => ({
  phaseId,
  kind: 'training',
  name: { en, ar, tr: en },
  startsOn,
  endsOn,
  trainingSessions: [],
});
// 1–10 and 11–20 January: each phase is half of the 20 days.
const PHASES = [
  phase('application', 'Applications', 'التقديم', '2026-01-01', '2026-01-10'),
  {
    ...phase('training', 'Training', 'التدريب', '2026-01-11', '2026-01-20'),
    trainingSessions: [
      {
        sessionId: 'pitch',
        title: { en: 'Pitching', ar: 'العرض', tr: 'Sunum' },
        startsAt: '2026-01-16T09:00:00+02:00',
        durationMinutes: 120,
        online: true,
      },
    ],
  },
];
const PROGRAMME: Programme = {
  programmeId: 'p1',
  name: { en: 'Binaa', ar: 'بناء', tr: 'Binaa' },
  responseDeadlineDays: 7,
  phases: PHASES,
  cohorts: [{ cohortId: 'autumn', name: 'Autumn' }],
  weights: { sector: 0.35, stage: 0.2, language: 0.15, needs: 0.2, load: 0.1 },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

// By label, not role: role queries walk the whole form's accessibility tree and are slow here.
const bar = (name: RegExp) => screen.getByLabelText(name);

afterEach(() => vi.unstubAllGlobals());

describe('PhaseTimeline', () => {
  test('when two phases split the span, then each bar covers its half from the start edge and the session sits on its day', () => {
    renderInApp(<PhaseTimeline phases={PHASES} />);

    expect([bar(/^Applications/).style.left, bar(/^Applications/).style.width]).toEqual(['0%', '50%']);
    expect([bar(/^Training:/).style.left, bar(/^Training:/).style.width]).toEqual(['50%', '50%']);
    expect(bar(/Pitching/).style.left).toBe('calc(75% - 5px)');
    expect(screen.getByRole('img', { name: /^Applications: Jan 1\s–\s10, 2026$/ })).toBeDefined();
  });

  test('when the reader reads Arabic, then the bars run from the right edge (the timeline mirrors)', () => {
    renderInApp(<PhaseTimeline phases={PHASES} />, { language: 'ar' });

    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { name: 'الجدول الزمني' })).toBeDefined();
    expect([bar(/^التقديم/).style.right, bar(/^التقديم/).style.left]).toEqual(['0%', '']);
    expect(bar(/^التدريب/).style.right).toBe('50%');
  });
});

// The whole editor (every phase's fields) renders in jsdom; on a loaded 2-core machine that takes seconds.
describe('ProgrammeEditor', { timeout: 20_000 }, () => {
  test('when the council moves a phase end date, then its bar grows at once and the save sends the new date', async () => {
    const sent = stubApi([
      ['GET', /\/v1\/centres$/, () => ({ body: { items: [] } })],
      ['PUT', /\/v1\/programmes\/p1$/, ({ body }) => ({ body: { ...PROGRAMME, ...(body as object) } })],
    ]);
    renderInApp(<ProgrammeEditor programmeId="p1" initial={inputOf(PROGRAMME)} />);

    // 1–20 January becomes 1–30 January: Training now ends on the 30th, 20 of 30 days.
    fireEvent.change(screen.getByLabelText(/^Training ends on/), { target: { value: '2026-01-30' } });
    expect(bar(/^Training:/).style.width).toBe(`${(20 / 30) * 100}%`);
    fireEvent.click(screen.getByText('Save the programme'));

    await waitFor(
      () => expect(screen.getByText('The programme is saved.').getAttribute('role')).toBe('status'),
      {
        timeout: 5000,
      },
    );
    const put = sent.find((call) => call.method === 'PUT');
    expect((put?.body as Programme).phases.map((p) => [p.phaseId, p.startsOn, p.endsOn])).toEqual([
      ['application', '2026-01-01', '2026-01-10'],
      ['training', '2026-01-11', '2026-01-30'],
    ]);
  });

  test('when a phase is moved before another, then the save sends the phases in timeline order', async () => {
    const sent = stubApi([
      ['GET', /\/v1\/centres$/, () => ({ body: { items: [] } })],
      ['PUT', /\/v1\/programmes\/p1$/, ({ body }) => ({ body: { ...PROGRAMME, ...(body as object) } })],
    ]);
    renderInApp(<ProgrammeEditor programmeId="p1" initial={inputOf(PROGRAMME)} />);

    fireEvent.change(screen.getByLabelText(/^Training starts on/), { target: { value: '2025-12-20' } });
    fireEvent.click(screen.getByText('Save the programme'));

    await waitFor(() => expect(sent.some((call) => call.method === 'PUT')).toBe(true), { timeout: 5000 });
    const put = sent.find((call) => call.method === 'PUT');
    expect((put?.body as Programme).phases.map((p) => p.phaseId)).toEqual(['training', 'application']);
  });
});
