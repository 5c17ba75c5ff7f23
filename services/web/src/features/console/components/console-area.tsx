import { Badge, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation } from 'react-router';
import { sessionQuery } from '../../auth';
import { useQueueCount } from '../api/verification';
import { RequireCouncil } from './require-council';

/** One entry of the console's own navigation; `count` names a number shown beside it. */
export interface ConsoleSection {
  readonly to: string;
  /** An i18n key with its namespace, e.g. `console:nav.pipeline`. */
  readonly label: string;
  readonly count?: 'verification';
  /** The staff roles that use this section; the link shows only to them. */
  readonly roles?: readonly string[];
}

/** Sections for these staff roles; a session from before roles (none named) sees them all. */
export const sectionsFor = (
  sections: readonly ConsoleSection[],
  staffRoles: readonly string[] | undefined,
): readonly ConsoleSection[] =>
  staffRoles === undefined || staffRoles.length === 0
    ? sections
    : sections.filter((s) => s.roles === undefined || s.roles.some((role) => staffRoles.includes(role)));

const isCurrent = (pathname: string, to: string): boolean =>
  to === '/console' ? pathname === '/console' || pathname === '/console/' : pathname.startsWith(to);

function SectionLink({ section, current }: { section: ConsoleSection; current: boolean }) {
  const { t } = useTranslation();
  const count = useQueueCount(section.count !== undefined);
  return (
    <Button
      component={Link}
      to={section.to}
      variant={current ? 'filled' : 'subtle'}
      size="sm"
      aria-current={current ? 'page' : undefined}
      rightSection={
        section.count !== undefined && count.total !== null ? (
          <Badge
            size="sm"
            // On the filled (current) button a white badge with dark text; elsewhere the brand fill.
            color={current ? 'white' : 'jisr'}
            c={current ? 'jisr.9' : 'white'}
            aria-label={t('console:nav.pending', { count: count.total })}
          >
            {count.label}
          </Badge>
        ) : undefined
      }
    >
      {t(section.label)}
    </Button>
  );
}

/** The council's console: its own navigation above whichever console page is open. */
export function ConsoleArea({ sections }: { sections: readonly ConsoleSection[] }) {
  const { t } = useTranslation('console');
  const { pathname } = useLocation();
  const session = useQuery(sessionQuery);
  const shown = sectionsFor(sections, session.data?.staffRoles);
  return (
    <RequireCouncil>
      <Stack gap="md">
        <Title order={1} size="h3">
          {t('title')}
        </Title>
        <Group component="nav" aria-label={t('nav.label')} gap="xs">
          {shown.map((section) => (
            <SectionLink key={section.to} section={section} current={isCurrent(pathname, section.to)} />
          ))}
        </Group>
        <Outlet />
      </Stack>
    </RequireCouncil>
  );
}
