import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { aStartupView, anAdvisorView, page } from '../../../testing/console-data';
import { renderInApp } from '../../../testing/render-app';
import { serveApi } from '../../../testing/serve-api';
import { Directory } from './directory';
import { DirectoryEntry } from './directory-entry';

afterEach(() => vi.unstubAllGlobals());

const lastQuery = (calls: ReturnType<typeof serveApi>, path: string): Record<string, string> =>
  Object.fromEntries(calls.filter((c) => c.path === path).at(-1)?.query ?? []);

describe('Directory', () => {
  test('when the council types an Arabic name and picks a city, then profile is asked with q and city', async () => {
    const calls = serveApi({
      'GET /api/profile/v1/startups': page([aStartupView()]),
      'GET /api/profile/v1/centres': { items: [] },
    });
    renderInApp(<Directory />, { path: '/console/directory' });

    await screen.findByRole('link', { name: 'Sahara Foods' });
    await userEvent.click(screen.getByLabelText(/Search by name/));
    await userEvent.paste('أغذية');
    await userEvent.selectOptions(screen.getByLabelText('City'), 'benghazi');

    await waitFor(() =>
      expect(lastQuery(calls, '/api/profile/v1/startups')).toEqual({
        q: 'أغذية',
        city: 'benghazi',
        limit: '25',
      }),
    );
  });

  test('when the council switches to advisors and filters paused ones by offer, then those filters reach profile', async () => {
    const calls = serveApi({
      'GET /api/profile/v1/startups': page([]),
      'GET /api/profile/v1/advisors': page([
        anAdvisorView({ pause: { paused: true, reason: 'council', since: null } }),
      ]),
      'GET /api/profile/v1/centres': { items: [] },
    });
    renderInApp(<Directory />, { path: '/console/directory' });

    await userEvent.click(await screen.findByText('Advisors'));
    await userEvent.selectOptions(await screen.findByLabelText('Paused'), 'true');
    await userEvent.selectOptions(screen.getByLabelText('Offer'), 'investment');

    await waitFor(() =>
      expect(lastQuery(calls, '/api/profile/v1/advisors')).toEqual({
        paused: 'true',
        offer: 'investment',
        limit: '25',
      }),
    );
    const row = (await screen.findByRole('link', { name: 'Ayşe Demir' })).closest('tr');
    expect(row === null ? '' : within(row).getByText('Paused').textContent).toBe('Paused');
  });
});

describe('DirectoryEntry', () => {
  test('when the council pauses an advisor, then profile is told and the page shows the advisor paused by the council', async () => {
    let paused = false;
    const calls = serveApi({
      'GET /api/profile/v1/advisors/a-1': () =>
        anAdvisorView({ pause: { paused, reason: paused ? 'council' : null, since: null } }),
      'PUT /api/profile/v1/advisors/a-1/pause': () => {
        paused = true;
        return anAdvisorView({ pause: { paused, reason: 'council', since: null } });
      },
      'GET /api/matching/v1/advisors/a-1/introductions': { items: [] },
      'GET /api/matching/v1/pipeline/advisor-load': {
        items: [
          {
            advisorId: 'a-1',
            displayName: 'Ayşe Demir',
            organisation: 'Anadolu Gıda',
            capacity: 3,
            active: 2,
            open: 1,
            completed: 4,
            declined: 0,
            expired: 0,
            utilisation: 0.67,
            paused: false,
          },
        ],
      },
    });
    renderInApp(<DirectoryEntry kind="advisor" id="a-1" />);

    expect(
      await screen.findByText('2 of 3 places in use; 1 requests awaiting an answer; 4 completed.'),
    ).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Pause new introductions' }));

    expect(await screen.findByText('Not taking new introductions (paused by the council).')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Resume new introductions' })).toBeDefined();
    expect(calls.filter((c) => c.method === 'PUT')).toMatchObject([{ body: { paused: true } }]);
  });
});
