import { Alert } from '@mantine/core';
import { ProblemError, type Problem } from '../lib/api-client';

/** A service's refusal as the reader sees it: the localised detail, then each field's message. */
export function ProblemAlert({ error }: { readonly error: unknown }) {
  if (error === null || error === undefined) return null;
  const problem = error instanceof ProblemError ? error.problem : null;
  return (
    <Alert color="red" role="alert" variant="light">
      {problem?.detail ?? String(error)}
      {problem !== null && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((issue) => (
            <li key={`${issue.path}:${issue.code}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

// Services name a field by its path in the request (`body.email`).
const fieldOf = (path: string): string =>
  path
    .split(/[./]/)
    .filter((part) => part !== '' && part !== 'body')
    .join('.');

/** The issue a problem has for one body field (e.g. `name.latin`), with its code for forms that word it. */
export const fieldIssue = (error: unknown, field: string): Problem['errors'][number] | undefined =>
  error instanceof ProblemError
    ? error.problem.errors.find((issue) => fieldOf(issue.path) === field)
    : undefined;

/** The message a problem has for one body field (e.g. `email`), for the input's own error line. */
export const fieldError = (error: unknown, field: string): string | undefined =>
  fieldIssue(error, field)?.message;
