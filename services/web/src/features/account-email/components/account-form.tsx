import { Alert, Button, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ProblemAlert } from '../../../components/problem-alert';

/** The frame every account-email page shares: a titled form, its problem, and a success note. */
export function AccountForm(props: {
  readonly id: string;
  readonly title: string;
  readonly submit: string;
  readonly pending: boolean;
  readonly error: unknown;
  readonly done: string | null;
  readonly onSubmit: () => void;
  readonly children?: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Paper
      component="form"
      onSubmit={submit}
      withBorder
      p="lg"
      maw={420}
      mx="auto"
      aria-labelledby={props.id}
    >
      <Stack>
        <Title order={1} id={props.id} size="h2">
          {props.title}
        </Title>
        <ProblemAlert error={props.error} />
        {props.done !== null && (
          <Alert color="green" role="status" variant="light">
            {props.done}
          </Alert>
        )}
        {props.children}
        {props.done === null && (
          <Button type="submit" loading={props.pending}>
            {props.submit}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
