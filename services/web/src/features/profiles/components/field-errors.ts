import type { TFunction } from 'i18next';
import { fieldIssue } from '../../../components/problem-alert';

type Issue = { readonly code: string; readonly message: string };

// Services word field issues in English (zod's words); the form names them in the reader's language.
const CUSTOM: readonly (readonly [RegExp, string])[] = [
  [/repeat|only once/i, 'errors.repeated'],
  [/amount belongs/i, 'errors.amountOnlyForInvestment'],
  [/needs a ticket/i, 'errors.ticketNeeded'],
  [/only an investor/i, 'errors.investorOnly'],
  [/must not exceed/i, 'errors.ticketOrder'],
  [/url/i, 'errors.format'],
];

const keyOf = ({ code, message }: Issue): string => {
  const isNumber = /number/i.test(message);
  switch (code) {
    case 'too_small':
      if (isNumber) return 'errors.tooSmall';
      return /empty|>=?\s*1 (characters|items)/.test(message) ? 'errors.required' : 'errors.tooShort';
    case 'too_big':
      return isNumber ? 'errors.tooLarge' : 'errors.tooLong';
    case 'invalid_type':
      return /received (undefined|null)/.test(message) ? 'errors.required' : 'errors.choose';
    case 'invalid_value':
      return 'errors.choose';
    case 'invalid_format':
      return 'errors.format';
    case 'unrecognized_keys':
      return 'errors.notAllowed';
    default:
      return CUSTOM.find(([pattern]) => pattern.test(message))?.[1] ?? 'errors.invalid';
  }
};

/** For a form: the problem's message for one field (`name.latin`, `needs.0.amountUsd`), in the reader's language. */
export const fieldMessages =
  (t: TFunction<'profiles'>, error: unknown) =>
  (field: string): string | undefined => {
    const issue = fieldIssue(error, field);
    return issue === undefined ? undefined : t(keyOf(issue));
  };
