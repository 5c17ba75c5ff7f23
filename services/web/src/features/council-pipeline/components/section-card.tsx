import { Card, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One view of the pipeline: its title, its CSV download, and the chart and numbers beneath. */
export function SectionCard({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card component="section" withBorder padding="md" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
