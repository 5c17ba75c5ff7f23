import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { AppError, type FieldIssue } from '@jisr/errors';

// zxcvbn-ts estimates guesses from the common-password list, English words and names, keyboard
// patterns, repeats, sequences and dates; loaded once, at import.
zxcvbnOptions.setOptions({
  dictionary: { ...commonDictionary, ...englishDictionary },
  graphs: adjacencyGraphs,
});

/** zxcvbn's score 3 ("safely unguessable: moderate protection from offline slow-hash attacks"). */
const MIN_SCORE = 3;
/** Only the start is estimated: the estimator's cost grows faster than the length, and a weak start is weak. */
const ESTIMATED_PREFIX = 64;

/** zxcvbn's feedback keys; the error catalogue has a text for each in ar, tr and en. */
export interface PasswordFeedback {
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

/** Null when strong enough; otherwise why not, as the estimator's feedback keys. */
export function passwordWeakness(password: string, userInputs: readonly string[]): PasswordFeedback | null {
  const inputs = userInputs.flatMap((input) => [input, ...input.toLowerCase().split(/[@.+_-]/)]);
  const result = zxcvbn(
    password.slice(0, ESTIMATED_PREFIX),
    inputs.filter((part) => part.length > 2),
  );
  if (result.score >= MIN_SCORE) return null;
  return {
    // A weak password without a named pattern is simply too guessable.
    warning: result.feedback.warning ?? 'tooGuessable',
    suggestions: result.feedback.suggestions.length > 0 ? result.feedback.suggestions : ['anotherWord'],
  };
}

/** Field codes `password.warning.<key>` / `password.suggestion.<key>`: clients and the catalogue translate by code. */
export const weakPasswordIssues = (feedback: PasswordFeedback): FieldIssue[] => [
  ...(feedback.warning === null
    ? []
    : [{ path: 'body.password', code: `password.warning.${feedback.warning}`, message: feedback.warning }]),
  ...feedback.suggestions.map((suggestion) => ({
    path: 'body.password',
    code: `password.suggestion.${suggestion}`,
    message: suggestion,
  })),
];

export const weakPassword = (feedback: PasswordFeedback): AppError =>
  new AppError('ACCOUNT.WEAK_PASSWORD', 'The password is too easy to guess.', {
    status: 400,
    errors: weakPasswordIssues(feedback),
  });

/** Refuses a password the estimator rates below score 3, naming the email and role as known inputs. */
export function assertStrongPassword(password: string, userInputs: readonly string[]): void {
  const feedback = passwordWeakness(password, userInputs);
  if (feedback !== null) throw weakPassword(feedback);
}
