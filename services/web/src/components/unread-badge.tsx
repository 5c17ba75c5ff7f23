import { Badge, VisuallyHidden } from '@mantine/core';

/** A count beside a link: the number for the eye, the whole phrase for screen readers; nothing at zero. */
export function UnreadBadge({ count, label }: { readonly count: number; readonly label: string }) {
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="filled" color="red.9">
      <span aria-hidden="true">{count}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Badge>
  );
}
