import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { sessionQuery, useSignOut, type SignedIn } from '../features/auth';
import { LanguageSwitch } from '../features/language';
import { UnreadNotificationsBadge, useLiveNotifications } from '../features/notifications';
import { UnreadMessagesBadge } from '../features/threads';

// Unread counts beside the links they concern; they follow the live stream.
const BADGES: Readonly<Record<string, React.ReactNode>> = {
  '/threads': <UnreadMessagesBadge />,
  '/notifications': <UnreadNotificationsBadge />,
};

const NAV: Readonly<Record<SignedIn['role'], readonly { to: string; label: string }[]>> = {
  startup: [
    { to: '/profile', label: 'nav.profile' },
    { to: '/matches', label: 'nav.matches' },
    { to: '/requests', label: 'nav.requests' },
    { to: '/threads', label: 'nav.threads' },
    { to: '/meetings', label: 'nav.meetings' },
    { to: '/milestones', label: 'milestones:nav.startup' },
    { to: '/check-in', label: 'outcomes:nav' },
    { to: '/training', label: 'training:nav' },
    { to: '/notifications', label: 'nav.notifications' },
    { to: '/notification-settings', label: 'notification-settings:nav' },
    { to: '/account', label: 'nav.account' },
  ],
  advisor: [
    { to: '/profile', label: 'nav.profile' },
    { to: '/inbox', label: 'nav.inbox' },
    { to: '/best-startups', label: 'nav.bestStartups' },
    { to: '/mentee-milestones', label: 'milestones:nav.advisor' },
    { to: '/threads', label: 'nav.threads' },
    { to: '/meetings', label: 'nav.meetings' },
    { to: '/notifications', label: 'nav.notifications' },
    { to: '/notification-settings', label: 'notification-settings:nav' },
    { to: '/account', label: 'nav.account' },
  ],
  council: [
    { to: '/console', label: 'nav.console' },
    { to: '/account', label: 'nav.account' },
  ],
};

/** Header with the language switch, a navigation drawer on phones and a side bar on desktops. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useQuery(sessionQuery);
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signedIn = session.data ?? null;
  useLiveNotifications(signedIn !== null && signedIn.role !== 'council');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: signedIn === null } }}
      padding="md"
      // The drawer appears at once: no half-slid menu, in either direction, for anyone who reads on.
      transitionDuration={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {signedIn !== null && (
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            )}
            <Text component={Link} to="/" fw={700} size="lg">
              {t('appName')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {signedIn !== null && (
              <Button
                variant="subtle"
                size="xs"
                visibleFrom="sm"
                onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') })}
              >
                {t('nav.signOut')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {signedIn !== null && (
        <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
          <ScrollArea>
            {NAV[signedIn.role].map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                rightSection={BADGES[item.to]}
                active={pathname.startsWith(item.to)}
                // Filled: the light variant's teal on pale teal falls short of AA contrast.
                variant="filled"
                onClick={close}
              />
            ))}
            <NavLink
              component="button"
              label={t('nav.signOut')}
              onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') })}
            />
          </ScrollArea>
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
