import { AppError } from '@jisr/errors';
import type { Request, Response } from 'express';
import { localizeProblems } from '../../src/localize-problems';

const catalogue = { 'DEMO.WEAK': { en: 'Too weak.', ar: 'ضعيفة جدًا.', tr: 'Çok zayıf.' } };
const fields = { too_guessable: { en: 'Guessable.', ar: 'سهلة التخمين.', tr: 'Tahmin edilebilir.' } };

const localized = (acceptLanguage: string, error: unknown): unknown => {
  let passed: unknown;
  const req = { headers: { 'accept-language': acceptLanguage } } as unknown as Request;
  localizeProblems(catalogue, fields)(error, req, {} as Response, (next?: unknown) => {
    passed = next;
  });
  return passed;
};

describe('localizeProblems', () => {
  test('when the caller prefers Arabic by q-value, then the detail and the known field message are Arabic', () => {
    const error = new AppError('DEMO.WEAK', 'Too weak.', {
      status: 400,
      errors: [
        { path: 'password', code: 'too_guessable', message: 'Guessable.' },
        { path: 'email', code: 'other', message: 'as raised' },
      ],
    });

    const out = localized('en;q=0.5, ar-LY;q=0.9', error) as AppError;

    expect([out.code, out.status, out.message, out.errors.map((e) => e.message)]).toEqual([
      'DEMO.WEAK',
      400,
      'ضعيفة جدًا.',
      ['سهلة التخمين.', 'as raised'],
    ]);
  });

  test('when the code is not in the catalogue, then the error passes on unchanged', () => {
    const error = new AppError('DEMO.OTHER', 'Left alone.', { status: 409 });

    expect(localized('tr', error)).toBe(error);
  });
});
