import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ProblemError } from '../../../lib/api-client';
import { renderInApp } from '../../../testing/render-app';
import { RequestForm } from './request-form';

describe('RequestForm', () => {
  test('when a startup with one open request writes a note and sends it, then the note is submitted and the counter says two are left', async () => {
    const sent: string[] = [];
    renderInApp(
      <RequestForm
        advisorName="Mehmet Yılmaz"
        openRequests={1}
        maxOpenRequests={3}
        onSubmit={async (note) => void sent.push(note)}
      />,
    );
    expect(screen.getByText('You can send 2 more requests (of 3 open at a time).')).toBeDefined();

    await userEvent.type(
      screen.getByLabelText(/A note for Mehmet Yılmaz/),
      '  We install rooftop solar for clinics in Tripoli.  ',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Request an introduction' }));

    expect(sent).toEqual(['We install rooftop solar for clinics in Tripoli.']);
  });

  test('when all three requests are open, then the form says so in Arabic and cannot be sent', async () => {
    renderInApp(
      <RequestForm
        advisorName="Ayşe Demir"
        openRequests={3}
        maxOpenRequests={3}
        onSubmit={async () => undefined}
      />,
      {
        language: 'ar',
      },
    );
    await userEvent.type(screen.getByLabelText(/ملاحظة إلى Ayşe Demir/), 'مرحباً');

    expect(screen.getByText('لم يبق لديك أي طلب مفتوح (الطلبات الـ 3 كلها بانتظار الرد).')).toBeDefined();
    expect(screen.getByRole('button', { name: 'اطلب التعارف' }).hasAttribute('disabled')).toBe(true);
  });

  test('when matching refuses the request, then its problem is shown and the note stays', async () => {
    const refusal = new ProblemError({
      status: 422,
      code: 'MATCHING.SCORE_TOO_LOW',
      detail: 'This advisor fits too little to request an introduction.',
      errors: [],
    });
    renderInApp(
      <RequestForm
        advisorName="Ali"
        openRequests={0}
        maxOpenRequests={3}
        onSubmit={async () => Promise.reject(refusal)}
      />,
    );

    await userEvent.type(screen.getByLabelText(/A note for Ali/), 'Hello');
    await userEvent.click(screen.getByRole('button', { name: 'Request an introduction' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This advisor fits too little');
    expect((screen.getByLabelText(/A note for Ali/) as HTMLTextAreaElement).value).toBe('Hello');
  });
});
