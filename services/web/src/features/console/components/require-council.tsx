import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { sessionQuery } from '../../auth';
import { CouncilOnly } from './council-only';

/** The console's gate: the council passes, the signed-out sign in, anyone else sees the refusal. */
export function RequireCouncil({ children }: { children: ReactNode }) {
  const { t } = useTranslation('console');
  const session = useQuery(sessionQuery);
  if (session.isPending)
    return (
      <Center mih={200}>
        <Loader aria-label={t('loading')} />
      </Center>
    );
  if (session.data === null || session.data === undefined) return <Navigate to="/sign-in" replace />;
  if (session.data.role !== 'council') return <CouncilOnly />;
  return <>{children}</>;
}
