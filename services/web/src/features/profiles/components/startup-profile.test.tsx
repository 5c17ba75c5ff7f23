import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { PENDING, problem, serveProfile } from './profile-service-stub';
import { StartupProfile } from './startup-profile';

afterEach(() => vi.unstubAllGlobals());

// A whole profile is many fields: no pause between key presses, and room for a slow shared machine.
const user = userEvent.setup({ delay: null });
const SLOW = { timeout: 5_000 };
vi.setConfig({ testTimeout: 60_000 });

const SAHARA = {
  startupId: 's1',
  name: { latin: 'Sahara Solar' },
  description: 'Rooftop solar for clinics in Tripoli.',
  sector: '35',
  stage: 'prototype',
  city: 'tripoli',
  languages: [{ code: 'ar', proficiency: 'native' }],
  needs: [{ kind: 'investment', amountUsd: 50000 }],
  teamSize: 4,
  foundedYear: 2023,
  timeZone: 'Africa/Tripoli',
  verification: PENDING,
  placement: { centreId: null, programmeId: null, cohortId: null },
  deactivated: false,
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
};

const choose = async (label: RegExp, option: string) =>
  user.selectOptions(screen.getByRole('combobox', { name: label }), option);

// jsdom lays nothing out, so the picker's floating list counts as off-screen: it is found with hidden.
const sectorOption = (name: RegExp) => screen.findByRole('option', { name, hidden: true }, SLOW);

describe('StartupProfile', () => {
  test('when a founder searches the sector in Arabic, then profile is asked with the Arabic words and the sector it finds is saved', async () => {
    const calls = serveProfile();
    renderInApp(<StartupProfile startupId="s1" />, { language: 'ar' });
    expect(await screen.findByText('لم يُرسل بعد', {}, SLOW)).toBeDefined();

    await user.type(screen.getByRole('textbox', { name: /اسم الشركة \(بالحروف/ }), 'Sahara Solar');
    await user.type(screen.getByRole('textbox', { name: /القطاع/ }), 'الكهرباء');
    await waitFor(() => expect(screen.queryByRole('option', { name: /^62/, hidden: true })).toBeNull(), SLOW);
    await user.click(await sectorOption(/^35 · إمدادات الكهرباء/));
    await choose(/المرحلة/, 'نموذج أولي');
    await choose(/المدينة/, 'مصراتة');
    await user.type(screen.getByRole('textbox', { name: /عدد أعضاء الفريق/ }), '4');
    await user.type(screen.getByRole('textbox', { name: /سنة التأسيس/ }), '2023');
    await user.click(screen.getByRole('checkbox', { name: 'استثمار' }));
    await user.type(screen.getByRole('textbox', { name: /المبلغ المطلوب/ }), '50000');
    await user.click(screen.getByRole('button', { name: 'احفظ ملفي' }));

    expect(await screen.findByText('بانتظار التحقق', {}, SLOW)).toBeDefined();
    const searches = calls.filter((call) => call.url.pathname.endsWith('/v1/sectors'));
    expect(searches.map((call) => call.url.searchParams.get('q'))).toContain('الكهرباء');
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/profile/v1/startups/s1');
    expect(put?.body).toEqual({
      name: { latin: 'Sahara Solar' },
      sector: '35',
      stage: 'prototype',
      city: 'misrata',
      teamSize: 4,
      foundedYear: 2023,
      languages: [{ code: 'ar', proficiency: 'native' }],
      needs: [{ kind: 'investment', amountUsd: 50000 }],
      timeZone: 'Africa/Tripoli',
    });
  });

  test("when profile refuses some fields, then each field shows its own message in the reader's language", async () => {
    serveProfile({
      stored: SAHARA,
      answer: () =>
        problem(400, [
          { path: 'body.name.latin', code: 'too_small', message: 'must not be empty' },
          { path: 'body.website', code: 'invalid_format', message: 'must be an http(s) URL' },
          {
            path: 'body.needs.0.amountUsd',
            code: 'too_big',
            message: 'Too big: expected number to be <=1000000000',
          },
        ]),
    });
    renderInApp(<StartupProfile startupId="s1" />, { language: 'tr' });
    const name = await screen.findByRole('textbox', { name: /Şirket adı \(Latin/ }, SLOW);

    await user.clear(name);
    await user.type(screen.getByRole('textbox', { name: /Web sitesi/ }), 'sahara');
    await user.click(screen.getByRole('button', { name: 'Profilimi kaydet' }));

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const messageOf = (input: HTMLElement) =>
      document.getElementById(
        input
          .getAttribute('aria-describedby')
          ?.split(' ')
          .find((id) => id.includes('error')) ?? '',
      )?.textContent;
    expect(messageOf(name)).toBe('Bu alanı doldurun.');
    expect(messageOf(screen.getByRole('textbox', { name: /Web sitesi/ }))).toBe(
      'Beklenen biçimde değil (örneğin https://example.ly).',
    );
    expect(messageOf(screen.getByRole('textbox', { name: /Aranan tutar/ }))).toBe('Bu sayı çok büyük.');
    expect(screen.getByRole('alert').textContent).toContain('Bazı alanların düzeltilmesi gerekiyor');
  });

  test('when a startup with a profile edits its pitch, then the form starts from the stored profile and saves the change', async () => {
    const calls = serveProfile({ stored: SAHARA });
    renderInApp(<StartupProfile startupId="s1" />);
    expect(await screen.findByText('Pending verification', {}, SLOW)).toBeDefined();
    const pitch = screen.getByRole('textbox', { name: /Short pitch/ });

    await user.clear(pitch);
    await user.type(pitch, 'Solar kits for rural clinics.');
    await user.click(screen.getByRole('button', { name: 'Save my profile' }));

    expect(await screen.findByText('Your profile is saved.', {}, SLOW)).toBeDefined();
    expect(calls.find((call) => call.method === 'PUT')?.body).toMatchObject({
      name: { latin: 'Sahara Solar' },
      description: 'Solar kits for rural clinics.',
      sector: '35',
      needs: [{ kind: 'investment', amountUsd: 50000 }],
    });
  });
});
