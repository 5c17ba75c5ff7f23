import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { StaffPage } from './staff-page';

const PATIENCE = { timeout: 5000 };
const ORGS = [
  {
    organisationId: 'org-lead',
    kind: 'programme-lead',
    name: { ar: 'ليبيا للمشاريع', en: 'Libyan Enterprise', tr: 'Libya Girişim' },
    updatedAt: '2026-12-01T00:00:00Z',
  },
  {
    organisationId: 'org-deik',
    kind: 'business-council',
    name: { ar: 'مجلس الأعمال', en: 'DEİK', tr: 'DEİK' },
    updatedAt: '2026-12-01T00:00:00Z',
  },
];
const aMember = (accountId: string, email: string, organisationId: string, staffRoles: string[]) => ({
  accountId,
  email,
  organisationId,
  staffRoles,
  centreIds: [],
  status: 'active',
  createdAt: '2026-12-01T00:00:00Z',
});

const serve = (create?: () => { status?: number; body: unknown }) => {
  const staff = [aMember('acc-admin', 'admin@jisr.ly', 'org-lead', ['admin', 'programme-manager'])];
  return stubApi([
    ['GET', /\/api\/profile\/v1\/staff$/, () => ({ body: { items: staff } })],
    ['GET', /\/api\/profile\/v1\/organisations$/, () => ({ body: { items: ORGS } })],
    ['GET', /\/api\/profile\/v1\/centres$/, () => ({ body: { items: [] } })],
    [
      'POST',
      /\/api\/profile\/v1\/staff$/,
      (call) => {
        if (create !== undefined) return create();
        const body = call.body as { email: string; organisationId: string; staffRoles: string[] };
        const member = aMember('acc-new', body.email, body.organisationId, body.staffRoles);
        staff.push(member);
        return { status: 201, body: member };
      },
    ],
    [
      'PUT',
      /\/api\/profile\/v1\/staff\/acc-admin\/roles$/,
      (call) => {
        const body = call.body as { staffRoles: string[] };
        staff[0] = { ...staff[0]!, staffRoles: body.staffRoles };
        return { body: staff[0] };
      },
    ],
  ]);
};

const fillIn = async () => {
  const form = await screen.findByRole('form', { name: 'New staff account' }, PATIENCE);
  fireEvent.change(within(form).getByLabelText(/Email/), { target: { value: 'v@deik.org.tr' } });
  fireEvent.change(within(form).getByLabelText(/Password/), { target: { value: 'a long password 1' } });
  await within(form).findByRole('option', { name: 'DEİK' }, PATIENCE);
  fireEvent.change(within(form).getByLabelText(/Organisation/), { target: { value: 'org-deik' } });
  fireEvent.click(within(form).getByRole('checkbox', { name: 'Verifier' }));
  return form;
};

afterEach(() => vi.unstubAllGlobals());

describe('staff and roles', () => {
  test('when staff exist, then the table shows each with organisation and roles', async () => {
    serve();
    renderInApp(<StaffPage />);

    const table = await screen.findByRole('table', { name: 'Staff and roles' }, PATIENCE);
    const row = within(table).getByText('admin@jisr.ly').closest('tr')!;
    expect(await within(row).findByText('Libyan Enterprise', {}, PATIENCE)).toBeDefined();
    expect(within(row).getByText('Programme manager')).toBeDefined();
  });

  test('when an admin creates a verifier in another organisation, then profile is asked and the table lists them', async () => {
    const sent = serve();
    renderInApp(<StaffPage />);
    const form = await fillIn();

    fireEvent.click(within(form).getByRole('button', { name: 'Create staff account' }));

    await screen.findByText('v@deik.org.tr', {}, PATIENCE);
    const post = sent.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      email: 'v@deik.org.tr',
      password: 'a long password 1',
      organisationId: 'org-deik',
      staffRoles: ['verifier'],
    });
  });

  test('when profile refuses a field, then the error shows on that field', async () => {
    serve(() => ({
      status: 409,
      body: {
        code: 'ACCOUNT.EMAIL_TAKEN',
        detail: 'Email taken',
        errors: [{ path: 'body.email', code: 'taken', message: 'This email is already used' }],
      },
    }));
    renderInApp(<StaffPage />);
    const form = await fillIn();

    fireEvent.click(within(form).getByRole('button', { name: 'Create staff account' }));

    const email = within(form).getByLabelText(/Email/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'), PATIENCE);
    expect(within(form).getAllByText('This email is already used').length).toBeGreaterThan(0);
  });

  test('when an admin changes roles, then the new set is sent', async () => {
    const sent = serve();
    renderInApp(<StaffPage />);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Change the roles of admin@jisr.ly' }, PATIENCE),
    );
    const form = screen.getByRole('form', { name: 'Change the roles of admin@jisr.ly' });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Observer' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save roles' }));

    await waitFor(() => expect(sent.some((call) => call.method === 'PUT')).toBe(true), PATIENCE);
    expect(sent.find((call) => call.method === 'PUT')?.body).toEqual({
      staffRoles: ['admin', 'programme-manager', 'observer'],
      centreIds: [],
    });
  });

  test('when the page is in Arabic, then it reads right to left in Arabic', async () => {
    serve();
    renderInApp(<StaffPage />, { language: 'ar' });

    expect(await screen.findByRole('heading', { name: 'الموظفون والأدوار' }, PATIENCE)).toBeDefined();
    expect(await screen.findByRole('cell', { name: 'ليبيا للمشاريع' }, PATIENCE)).toBeDefined();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
