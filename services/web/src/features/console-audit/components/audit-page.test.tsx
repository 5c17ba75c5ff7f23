import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { AuditPage } from './audit-page';

const PATIENCE = { timeout: 5000 };
const aRecord = (sequence: number, actor: string, action: string) => ({
  recordId: `rec-${sequence}`,
  sequence,
  service: 'profile',
  actor: { accountId: actor, organisationId: 'org-lead', staffRoles: ['admin'] },
  action,
  target: { type: 'account', id: `acc-${sequence}` },
  before: { staffRoles: [] },
  after: { staffRoles: ['verifier'] },
  at: '2026-12-01T08:00:00Z',
  hash: `h${sequence}`,
  previousHash: `h${sequence - 1}`,
});

const serve = () =>
  stubApi([
    [
      'GET',
      /\/api\/profile\/v1\/audit\?cursor=c2$/,
      () => ({ body: { items: [aRecord(1, 'acc-admin', 'staff.created')], names: {}, nextCursor: null } }),
    ],
    [
      'GET',
      /\/api\/profile\/v1\/audit\?actor=acc-other/,
      () => ({
        body: { items: [aRecord(2, 'acc-other', 'staff.roles-changed')], names: {}, nextCursor: null },
      }),
    ],
    [
      'GET',
      /\/api\/profile\/v1\/audit$/,
      () => ({
        body: {
          items: [aRecord(3, 'acc-admin', 'staff.created'), aRecord(4, 'acc-advisor', 'advisor.pause')],
          names: { 'acc-3': 'سلسلة فزان للتبريد', 'acc-advisor': 'Ayşe Demir' },
          nextCursor: 'c2',
        },
      }),
    ],
    [
      'GET',
      /\/api\/profile\/v1\/audit\/verification$/,
      () => ({
        body: {
          intact: false,
          checked: 3,
          anchor: { sequence: 0, hash: 'g' },
          head: { sequence: 3, hash: 'h3' },
          firstBad: { sequence: 2, recordId: 'rec-2', problem: 'altered' },
        },
      }),
    ],
  ]);

afterEach(() => vi.unstubAllGlobals());

describe('the audit trail', () => {
  test('when the page names a startup and an advisor, then their names stand above the ids, isolated, and staff show ids only', async () => {
    serve();
    renderInApp(<AuditPage />);

    const table = await screen.findByRole('table', { name: 'Audit trail' }, PATIENCE);
    const startupRow = within(table).getByText('account acc-3').closest('tr')!;
    const advisorRow = within(table).getByText('acc-advisor').closest('tr')!;
    const startupName = within(startupRow).getByText('سلسلة فزان للتبريد');
    expect(startupName.tagName).toBe('BDI');
    expect(within(advisorRow).getByText('Ayşe Demir')).toBeDefined();
    expect(within(startupRow).getByText('acc-admin')).toBeDefined();
    expect(within(table).queryAllByText(/Ayşe Demir/)).toHaveLength(1);
  });

  test("when an action has a name in the reader's language, then it stands above the code, and an unknown code shows alone", async () => {
    serve();
    renderInApp(<AuditPage />, { language: 'tr' });

    const table = await screen.findByRole('table', { name: 'Denetim kaydı' }, PATIENCE);
    const created = within(table).getByText('staff.created').closest('td')!;
    expect(created.textContent).toBe('staff.created');
    const named = within(table).getByText('advisor.pause').closest('td')!;
    expect(named.textContent).toBe('Danışman duraklatıldıadvisor.pause');
    expect(within(named).getByText('Danışman duraklatıldı').tagName).toBe('BDI');
  });

  test('when records exist, then the table shows them and pages on with the cursor', async () => {
    const sent = serve();
    renderInApp(<AuditPage />);

    const table = await screen.findByRole('table', { name: 'Audit trail' }, PATIENCE);
    expect(within(table).getByText('account acc-3')).toBeDefined();
    expect(within(table).getAllByText('staffRoles')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Older' }));

    await screen.findByText('account acc-1', {}, PATIENCE);
    expect(sent.some((call) => call.url.searchParams.get('cursor') === 'c2')).toBe(true);
    expect(screen.getByRole('button', { name: 'Older' }).hasAttribute('disabled')).toBe(true);
  });

  test('when filtered by actor and day, then the query and the CSV link carry the filters', async () => {
    const sent = serve();
    renderInApp(<AuditPage />);
    const filters = await screen.findByRole('search', { name: 'Filters' }, PATIENCE);

    fireEvent.change(within(filters).getByLabelText('Actor (account)'), { target: { value: 'acc-other' } });
    fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Apply filters' }));

    await screen.findByText('account acc-2', {}, PATIENCE);
    const call = sent.find((c) => c.url.searchParams.get('actor') === 'acc-other');
    expect(call?.url.searchParams.get('from')).toBe('2026-12-01T00:00:00Z');
    const csv = screen.getByRole('link', { name: 'Download as CSV' });
    expect(csv.getAttribute('href')).toBe(
      '/api/profile/v1/audit.csv?actor=acc-other&from=2026-12-01T00%3A00%3A00Z',
    );
  });

  test('when the chain is checked and a record was altered, then the first bad record is named', async () => {
    serve();
    renderInApp(<AuditPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Verify chain' }, PATIENCE));

    await waitFor(
      () =>
        expect(
          screen.getByText('The chain is broken at record no. 2 (rec-2): the record was altered.'),
        ).toBeDefined(),
      PATIENCE,
    );
  });

  test('when the page is in Arabic, then it reads right to left in Arabic', async () => {
    serve();
    renderInApp(<AuditPage />, { language: 'ar' });

    expect(await screen.findByRole('heading', { name: 'سجل التدقيق' }, PATIENCE)).toBeDefined();
    expect(screen.getByRole('button', { name: 'التحقق من السلسلة' })).toBeDefined();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
