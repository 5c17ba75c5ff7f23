import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';

const MINE = ['training', 'mine'] as const;
const STAFF = ['training', 'sessions'] as const;
const rosterKey = (programmeId: string, sessionId: string) => ['training', 'roster', programmeId, sessionId];
const session = (programmeId: string, sessionId: string) => ({ path: { programmeId, sessionId } });

/** The startup's programme sessions, its progress per phase and its certificates. */
export const useMyTraining = () =>
  useQuery({
    queryKey: MINE,
    queryFn: async () => dataOf(await profileApi.GET('/v1/training/mine', {})),
  });
export type MyTraining = NonNullable<ReturnType<typeof useMyTraining>['data']>;
export type StartupSession = MyTraining['sessions'][number];
export type CertificateView = MyTraining['certificates'][number];

/** Register, cancel, check in or ask for a certificate; each refreshes the training page. */
export function useTrainingActions() {
  const queries = useQueryClient();
  const refresh = { onSuccess: () => queries.invalidateQueries({ queryKey: MINE }) };
  return {
    register: useMutation({
      mutationFn: async (s: StartupSession) =>
        dataOf(
          await profileApi.POST('/v1/programmes/{programmeId}/sessions/{sessionId}/registrations', {
            params: session(s.programmeId, s.sessionId),
          }),
        ),
      ...refresh,
    }),
    cancel: useMutation({
      mutationFn: async (s: StartupSession) =>
        dataOf(
          await profileApi.DELETE('/v1/programmes/{programmeId}/sessions/{sessionId}/registrations/mine', {
            params: session(s.programmeId, s.sessionId),
          }),
        ),
      ...refresh,
    }),
    checkIn: useMutation({
      mutationFn: async ({ s, code }: { s: StartupSession; code: string }) =>
        dataOf(
          await profileApi.POST('/v1/programmes/{programmeId}/sessions/{sessionId}/check-ins', {
            params: session(s.programmeId, s.sessionId),
            body: { code },
          }),
        ),
      ...refresh,
    }),
    certificate: useMutation({
      mutationFn: async ({ programmeId, phaseId }: { programmeId: string; phaseId: string }) =>
        dataOf(
          await profileApi.POST('/v1/programmes/{programmeId}/phases/{phaseId}/certificate', {
            params: { path: { programmeId, phaseId } },
          }),
        ),
      ...refresh,
    }),
  };
}

/** The sessions a coordinator (their centres') or programme manager (all) runs. */
export const useSessionsToRun = () =>
  useQuery({
    queryKey: STAFF,
    queryFn: async () => dataOf(await profileApi.GET('/v1/training/sessions', {})).items,
  });
export type StaffSession = NonNullable<ReturnType<typeof useSessionsToRun>['data']>[number];

export const useRoster = (programmeId: string, sessionId: string) =>
  useQuery({
    queryKey: rosterKey(programmeId, sessionId),
    queryFn: async () =>
      dataOf(
        await profileApi.GET('/v1/programmes/{programmeId}/sessions/{sessionId}/roster', {
          params: session(programmeId, sessionId),
        }),
      ),
  });

export function useAttendanceActions(programmeId: string, sessionId: string) {
  const queries = useQueryClient();
  return {
    mark: useMutation({
      mutationFn: async (startupIds: string[]) =>
        dataOf(
          await profileApi.POST('/v1/programmes/{programmeId}/sessions/{sessionId}/attendance', {
            params: session(programmeId, sessionId),
            body: { startupIds },
          }),
        ),
      onSuccess: (roster) => {
        queries.setQueryData(rosterKey(programmeId, sessionId), roster);
        void queries.invalidateQueries({ queryKey: STAFF });
      },
    }),
    showCode: useMutation({
      mutationFn: async () =>
        dataOf(
          await profileApi.POST('/v1/programmes/{programmeId}/sessions/{sessionId}/check-in-code', {
            params: session(programmeId, sessionId),
          }),
        ),
    }),
  };
}

/** Anyone may verify a certificate by its code (no session needed). */
export const useCertificate = (code: string) =>
  useQuery({
    queryKey: ['certificate', code],
    queryFn: async () =>
      dataOf(await profileApi.GET('/v1/certificates/{code}', { params: { path: { code } } })),
    retry: false,
  });

/** The BFF prints the certificate page to PDF in the reader's language. */
export const certificatePdfUrl = (code: string, lang: string): string =>
  `/api/certificates/${encodeURIComponent(code)}.pdf?lang=${encodeURIComponent(lang)}`;
