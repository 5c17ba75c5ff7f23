import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { aStartupView, anAdvisorView, page } from '../../../testing/console-data';
import { renderInApp } from '../../../testing/render-app';
import { serveApi } from '../../../testing/serve-api';
import { ConsoleArea } from './console-area';

const SECTIONS = [
  { to: '/console', label: 'console:nav.pipeline', roles: ['programme-manager', 'observer'] },
  {
    to: '/console/verification',
    label: 'console:nav.verification',
    count: 'verification' as const,
    roles: ['verifier'],
  },
];

const asRole = (role: 'startup' | 'advisor' | 'council', staffRoles?: readonly string[]) =>
  serveApi({
    'GET /api/session': { accountId: `${role}-1`, role, ...(staffRoles === undefined ? {} : { staffRoles }) },
    'GET /api/profile/v1/startups': page([aStartupView(), aStartupView({ startupId: 's-2' })]),
    'GET /api/profile/v1/advisors': (call) =>
      call.query.get('pendingChange') === 'true' ? page([]) : page([anAdvisorView()]),
  });

const renderConsole = (language: 'en' | 'ar' = 'en') =>
  renderInApp(
    <Routes>
      <Route path="/console" element={<ConsoleArea sections={SECTIONS} />}>
        <Route index element={<p>The pipeline page</p>} />
      </Route>
    </Routes>,
    { path: '/console', language },
  );

afterEach(() => vi.unstubAllGlobals());

describe('the council console', () => {
  test.each(['startup', 'advisor'] as const)(
    'when a %s opens /console, then it sees the 403 refusal, no console navigation, and no council data is asked for',
    async (role) => {
      const calls = asRole(role);
      renderConsole();

      const refusal = await screen.findByRole('alert');
      expect(within(refusal).getByText('403')).toBeDefined();
      expect(
        within(refusal).getByRole('heading', { name: 'Only the council can open the console' }),
      ).toBeDefined();
      expect(screen.queryByRole('navigation', { name: 'Console sections' })).toBeNull();
      expect(screen.queryByText('The pipeline page')).toBeNull();
      expect(calls.map((call) => call.path)).toEqual(['/api/session']);
    },
  );

  test('when the council opens /console, then its navigation shows the decisions waiting and the page below', async () => {
    asRole('council');
    renderConsole();

    const nav = await screen.findByRole('navigation', { name: 'Console sections' });
    expect(await within(nav).findByLabelText('3 decisions waiting')).toBeDefined();
    expect(
      within(nav)
        .getByRole('link', { name: /Pipeline/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(screen.getByText('The pipeline page')).toBeDefined();
  });

  test('when a startup reads Arabic, then the refusal is in Arabic', async () => {
    asRole('startup');
    renderConsole('ar');

    expect(await screen.findByRole('heading', { name: 'لوحة التحكم متاحة لمجلس الأعمال فقط' })).toBeDefined();
    expect(document.documentElement.dir).toBe('rtl');
  });

  test('when a verifier opens the console, then its navigation shows only what a verifier does', async () => {
    asRole('council', ['verifier']);
    renderConsole();

    const nav = await screen.findByRole('navigation', { name: 'Console sections' });
    expect(await within(nav).findByRole('link', { name: /Verification/ })).toBeDefined();
    expect(within(nav).queryByRole('link', { name: /Pipeline/ })).toBeNull();
  });
});
