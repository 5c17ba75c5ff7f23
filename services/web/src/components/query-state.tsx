import { Loader, Text } from '@mantine/core';
import { ProblemAlert } from './problem-alert';

/** What a view shows besides its data: the service's refusal, a loader while waiting, or "nothing yet". */
export function QueryState({
  query,
  loading,
  empty,
}: {
  query: { readonly error: unknown; readonly isPending: boolean };
  loading: string;
  /** The text for an answer with nothing to show, when it has nothing. */
  empty?: string | false;
}) {
  return (
    <>
      <ProblemAlert error={query.error} />
      {query.isPending && <Loader size="sm" aria-label={loading} />}
      {!query.isPending && typeof empty === 'string' && <Text c="dimmed">{empty}</Text>}
    </>
  );
}
