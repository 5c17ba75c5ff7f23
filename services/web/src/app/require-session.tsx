import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { sessionQuery, type SignedIn } from '../features/auth';

/** Pages for signed-in people of some roles; others go to sign-in (or home). */
export function RequireSession({
  roles,
  children,
}: {
  roles?: readonly SignedIn['role'][];
  children: (session: SignedIn) => ReactNode;
}) {
  const session = useQuery(sessionQuery);
  if (session.isPending)
    return (
      <Center mih={200}>
        <Loader aria-label="…" />
      </Center>
    );
  if (session.data === null || session.data === undefined) return <Navigate to="/sign-in" replace />;
  if (roles !== undefined && !roles.includes(session.data.role)) return <Navigate to="/" replace />;
  return <>{children(session.data)}</>;
}

const HOME: Readonly<Record<SignedIn['role'], string>> = {
  startup: '/account',
  advisor: '/account',
  council: '/console',
};

/** `/`: each role's main page. */
export function Home() {
  return <RequireSession>{(session) => <Navigate to={HOME[session.role]} replace />}</RequireSession>;
}
