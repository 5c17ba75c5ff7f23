import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { CheckInPage } from './check-in-page';

afterEach(() => vi.unstubAllGlobals());

const report = (employees: number) => ({
  employees,
  womenEmployed: 3,
  youthEmployed: 4,
  revenueBand: '10k-50k',
  investmentRaised: { amountUsd: 0, source: 'none' },
  turkishDeals: [],
});
const history = {
  startupId: 's1',
  due: { quarter: '2026-Q3', missing: true },
  items: [
    {
      startupId: 's1',
      quarter: '2026-Q2',
      report: report(9),
      reportedAt: '2026-06-20T09:00:00.000Z',
      revisions: [
        { revision: 1, report: report(8), reportedAt: '2026-06-10T09:00:00.000Z' },
        { revision: 2, report: report(9), reportedAt: '2026-06-20T09:00:00.000Z' },
      ],
    },
  ],
};
const NOW = new Date('2026-11-20T10:00:00Z');

describe('CheckInPage', () => {
  test('when a quarter is missing, then the page says so, opens the form on it and lists every revision of the past', async () => {
    stubApi([['GET', /\/outcomes$/, () => ({ body: history })]]);
    renderInApp(<CheckInPage startupId="s1" now={NOW} />, { language: 'tr' });

    expect(await screen.findByText('2026 3. çeyrek bildiriminiz eksik.')).toBeTruthy();
    expect((screen.getByLabelText('Çeyrek') as HTMLSelectElement).value).toBe('2026-Q3');
    const past = screen.getByRole('region', { name: 'Bildirdikleriniz' });
    expect(within(past).getAllByRole('row')).toHaveLength(3);
    expect(within(past).getByText('2 (güncel)')).toBeTruthy();
  });

  test('when more women than employees are sent, then the service’s Arabic message shows under the field', async () => {
    const sent = stubApi([
      ['GET', /\/outcomes$/, () => ({ body: { ...history, due: null, items: [] } })],
      [
        'PUT',
        /\/outcomes\/2026-Q4$/,
        () => ({
          status: 400,
          body: {
            status: 400,
            code: 'OUTCOME.INVALID',
            detail: 'التقرير الفصلي غير صالح؛ راجع errors[] لمعرفة ما يجب تغييره.',
            errors: [
              {
                path: 'body.womenEmployed',
                code: 'outcome.more-than-employees',
                message: 'لا يمكن أن يزيد على عدد الموظفين',
              },
            ],
          },
        }),
      ],
    ]);
    renderInApp(<CheckInPage startupId="s1" now={NOW} />, { language: 'ar' });
    const employees = await screen.findByLabelText('عدد الموظفين');

    await userEvent.clear(employees);
    await userEvent.type(employees, '2');
    const women = screen.getByLabelText('منهم نساء');
    await userEvent.clear(women);
    await userEvent.type(women, '5');
    await userEvent.click(screen.getByRole('button', { name: 'أرسل التقرير' }));

    await waitFor(() =>
      expect(screen.getAllByText('لا يمكن أن يزيد على عدد الموظفين').length).toBeGreaterThan(0),
    );
    expect(sent.find((r) => r.method === 'PUT')?.body).toMatchObject({
      employees: 2,
      womenEmployed: 5,
      turkishDeals: [],
    });
  });

  test('when a deal with a Turkish company is added, then it is sent with the check-in', async () => {
    const sent = stubApi([
      ['GET', /\/outcomes$/, () => ({ body: { ...history, due: null, items: [] } })],
      ['PUT', /\/outcomes\/2026-Q4$/, () => ({ body: { ...history.items[0], quarter: '2026-Q4' } })],
    ]);
    renderInApp(<CheckInPage startupId="s1" now={NOW} />, { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a deal' }));
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'export');
    await userEvent.type(screen.getByLabelText('Company'), 'Anadolu Gıda');
    await userEvent.click(screen.getByRole('button', { name: 'Send the check-in' }));

    await waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true));
    expect(sent.find((r) => r.method === 'PUT')?.body).toMatchObject({
      turkishDeals: [{ kind: 'export', company: 'Anadolu Gıda' }],
    });
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Check-in for Q4 2026 saved (revision 2).',
    );
  });
});
