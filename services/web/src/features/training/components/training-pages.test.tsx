import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderInApp } from '../../../testing/render-app';
import { stubApi } from '../../../testing/stub-api';
import { AttendancePage } from './attendance-page';
import { CertificatePage } from './certificate-page';
import { TrainingPage } from './training-page';

const title = (en: string, ar: string) => ({ en, ar, tr: en });
const session = (sessionId: string, more: object) => ({
  programmeId: 'p1',
  phaseId: 'training',
  sessionId,
  title: title(`Session ${sessionId}`, `جلسة ${sessionId}`),
  startsAt: '2027-05-11T07:00:00.000Z',
  durationMinutes: 120,
  centreId: 'tripoli',
  online: false,
  capacity: 2,
  seatsTaken: 1,
  registered: false,
  attended: false,
  ...more,
});
const certificate = {
  code: 'ABCDE-FGHJK',
  verificationUrl: 'http://jisr.test/certificates/ABCDE-FGHJK',
  startupName: { latin: 'Zaytuna Foods', ar: 'أغذية الزيتونة' },
  programmeId: 'p1',
  phaseId: 'training',
  programmeName: title('Binaa programme', 'برنامج بناء'),
  phaseName: title('Training', 'التدريب'),
  issuedAt: '2026-12-01T10:00:00.000Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('TrainingPage', () => {
  test('when an Arabic startup registers for an open session, then the registration is sent and a full one cannot be chosen', async () => {
    const sent = stubApi([
      [
        'GET',
        /\/v1\/training\/mine$/,
        () => ({
          body: {
            programmeId: 'p1',
            sessions: [session('open', {}), session('packed', { seatsTaken: 2 })],
            phases: [
              {
                phaseId: 'training',
                name: title('Training', 'التدريب'),
                requiredSessionIds: ['open'],
                complete: false,
              },
            ],
            certificates: [],
          },
        }),
      ],
      [
        'POST',
        /\/sessions\/open\/registrations$/,
        () => ({ status: 201, body: session('open', { registered: true }) }),
      ],
    ]);
    renderInApp(<TrainingPage />, { language: 'ar' });

    expect(await screen.findByText('جلسة open')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'مكتملة' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'احضر الجلسات المطلوبة أولًا' })).toHaveProperty(
      'disabled',
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'سجّل' }));

    await waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true));
    expect(sent.find((r) => r.method === 'POST')?.url.pathname).toBe(
      '/api/profile/v1/programmes/p1/sessions/open/registrations',
    );
  });

  test('when a registered startup types a wrong check-in code, then the localised refusal is shown', async () => {
    stubApi([
      [
        'GET',
        /\/v1\/training\/mine$/,
        () => ({
          body: {
            programmeId: 'p1',
            sessions: [session('open', { registered: true })],
            phases: [],
            certificates: [],
          },
        }),
      ],
      [
        'POST',
        /\/check-ins$/,
        () => ({
          status: 422,
          body: {
            code: 'TRAINING.CHECK_IN_CODE_INVALID',
            detail: 'The check-in code is wrong or has expired.',
            errors: [],
          },
        }),
      ],
    ]);
    renderInApp(<TrainingPage />, { language: 'en' });

    await userEvent.type(await screen.findByLabelText('Check-in code'), 'AAAAAA');
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'The check-in code is wrong or has expired.',
    );
  });
});

describe('AttendancePage', () => {
  test('when the coordinator picks a session and ticks a startup, then only the ticked one is marked attended', async () => {
    const roster = {
      ...session('open', {}),
      seats: [
        {
          startupId: 's1',
          name: { latin: 'Zaytuna Foods' },
          registeredAt: '2026-12-01T10:00:00Z',
          attended: false,
        },
        {
          startupId: 's2',
          name: { latin: 'Sahara Solar' },
          registeredAt: '2026-12-01T10:00:00Z',
          attended: true,
        },
      ],
      checkInExpiresAt: null,
    };
    const sent = stubApi([
      [
        'GET',
        /\/v1\/training\/sessions$/,
        () => ({ body: { items: [{ ...session('open', {}), attendedCount: 1 }] } }),
      ],
      ['GET', /\/roster$/, () => ({ body: roster })],
      [
        'POST',
        /\/attendance$/,
        () => ({ body: { ...roster, seats: roster.seats.map((s) => ({ ...s, attended: true })) } }),
      ],
    ]);
    renderInApp(<AttendancePage />, { language: 'en' });

    await userEvent.click(await screen.findByRole('textbox', { name: 'Session' }));
    await userEvent.click(await screen.findByRole('option', { name: /Session open/, hidden: true }));
    expect(await screen.findByRole('checkbox', { name: 'Sahara Solar' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Zaytuna Foods' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark 1 startup attended' }));

    await waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true));
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({ startupIds: ['s1'] });
  });
});

describe('CertificatePage', () => {
  test('when anyone opens a certificate link in Arabic, then the name, programme, phase and code are shown', async () => {
    stubApi([['GET', /\/v1\/certificates\/ABCDE-FGHJK$/, () => ({ body: certificate })]]);
    renderInApp(
      <Routes>
        <Route path="/certificates/:code" element={<CertificatePage />} />
      </Routes>,
      { language: 'ar', path: '/certificates/ABCDE-FGHJK' },
    );

    expect(await screen.findByText('أغذية الزيتونة')).toBeTruthy();
    expect(screen.getByText('برنامج بناء')).toBeTruthy();
    expect(screen.getByText('أتمّت تدريب مرحلة التدريب')).toBeTruthy();
    expect(screen.getByText('رمز التحقق: ABCDE-FGHJK')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'تنزيل PDF' }).getAttribute('href')).toBe(
      '/api/certificates/ABCDE-FGHJK.pdf?lang=ar',
    );
  });

  test('when the code is unknown, then the refusal is shown and a print of it says it failed', async () => {
    stubApi([
      [
        'GET',
        /\/v1\/certificates\//,
        () => ({
          status: 404,
          body: {
            code: 'CERTIFICATE.NOT_FOUND',
            detail: 'No certificate has this verification code.',
            errors: [],
          },
        }),
      ],
    ]);
    renderInApp(
      <Routes>
        <Route path="/certificates/:code" element={<CertificatePage />} />
      </Routes>,
      { language: 'en', path: '/certificates/ZZZZZ?print=1' },
    );

    expect((await screen.findByRole('alert')).textContent).toContain(
      'No certificate has this verification code.',
    );
    expect(document.querySelector('[data-print-failed]')).not.toBeNull();
  });
});
