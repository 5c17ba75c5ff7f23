import { Text, Title } from '@mantine/core';

/** A console page's heading: its title and the sentence that says what the page is for. */
export function PageHeading({ title, intro }: { readonly title: string; readonly intro: string }) {
  return (
    <>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm">{intro}</Text>
    </>
  );
}
