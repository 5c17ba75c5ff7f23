import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../testing/render-app';
import { serveApi } from '../testing/serve-api';
import { Layout } from './layout';

afterEach(() => vi.unstubAllGlobals());

const renderLayout = (role: 'startup' | 'advisor' | 'council') => {
  serveApi({ 'GET /api/session': { accountId: `${role}-1`, role } });
  return renderInApp(
    <Routes>
      <Route element={<Layout />}>
        <Route path="/account" element={<p>My account page</p>} />
      </Route>
    </Routes>,
    { path: '/account' },
  );
};

describe('Layout navigation', () => {
  test.each(['startup', 'advisor'] as const)(
    'when a %s is signed in, then no console link is offered',
    async (role) => {
      renderLayout(role);

      expect(await screen.findByRole('link', { name: 'My account' })).toBeDefined();
      expect(screen.queryByRole('link', { name: 'Council console' })).toBeNull();
    },
  );

  test('when the council is signed in, then the console is its first link', async () => {
    renderLayout('council');

    const link = await screen.findByRole('link', { name: 'Council console' });
    expect(link.getAttribute('href')).toBe('/console');
  });
});
