import { localizedTextSchema } from '@jisr/contracts';
import { z } from 'zod';
import type { ProfileContext } from '../profile-context';
import { notForYourRole } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { Programme } from '../programmes/programme';
import { certificateViewSchema, viewCertificate } from './certificate';
import { missingSessions, requiredSessionsOf } from './certificate.use-case';
import { mayRunSession, type TrainingActor } from './training-access';
import { emptyRoster, rosterId } from './training-roster';
import {
  startupSessionViewSchema,
  viewSessionFor,
  viewStaffSession,
  type StaffSessionView,
} from './training-views';

export const myTrainingViewSchema = z.object({
  programmeId: z.string().nullable(),
  sessions: z.array(startupSessionViewSchema),
  phases: z.array(
    z.object({
      phaseId: z.string(),
      name: localizedTextSchema,
      requiredSessionIds: z.array(z.string()),
      complete: z.boolean(),
    }),
  ),
  certificates: z.array(certificateViewSchema),
});
export type MyTrainingView = z.infer<typeof myTrainingViewSchema>;

async function eachSession<T>(
  tx: ProfileTx,
  programme: Programme,
  view: (
    phaseId: string,
    session: Programme['phases'][number]['trainingSessions'][number],
    roster: Awaited<ReturnType<ProfileTx['training']['rosters']['get']>>,
  ) => T | null,
): Promise<T[]> {
  const rosters = new Map((await tx.training.rosters.ofProgramme(programme.id)).map((r) => [r.id, r]));
  return programme.phases.flatMap((phase) =>
    phase.trainingSessions.flatMap((session) => {
      const shown = view(
        phase.phaseId,
        session,
        rosters.get(rosterId(programme.id, session.sessionId)) ?? null,
      );
      return shown === null ? [] : [shown];
    }),
  );
}

/** The startup's training page: its programme's sessions, progress per phase, its certificates. */
export async function myTraining(ctx: ProfileContext, actor: TrainingActor): Promise<MyTrainingView> {
  if (actor.role !== 'startup') throw notForYourRole();
  return ctx.store.transaction(async (tx) => {
    const startup = await tx.startups.get(actor.sub);
    const certificates = (await tx.training.certificates.ofStartup(actor.sub)).map((c) =>
      viewCertificate(c, ctx.settings.webUrl),
    );
    const programmeId = startup?.placement.programmeId ?? null;
    const programme = programmeId === null ? null : await tx.programmes.get(programmeId);
    if (programme === null) return { programmeId: null, sessions: [], phases: [], certificates };
    const sessions = await eachSession(tx, programme, (phaseId, session, roster) =>
      viewSessionFor(
        actor.sub,
        phaseId,
        session,
        roster ?? emptyRoster(programme.id, phaseId, session.sessionId),
      ),
    );
    const phases = [];
    for (const phase of programme.phases.filter((p) => p.trainingSessions.length > 0)) {
      const missing = await missingSessions(tx, programme.id, phase, actor.sub);
      const requiredSessionIds = [...requiredSessionsOf(phase)];
      phases.push({
        phaseId: phase.phaseId,
        name: phase.name,
        requiredSessionIds,
        complete: missing.length === 0,
      });
    }
    return { programmeId: programme.id, sessions, phases, certificates };
  });
}

/** Every session the staff member may run: all for a programme manager, their centres' for a coordinator. */
export async function sessionsToRun(ctx: ProfileContext, actor: TrainingActor): Promise<StaffSessionView[]> {
  return ctx.store.transaction(async (tx) => {
    const shown: StaffSessionView[] = [];
    let after: string | null = null;
    do {
      const page = await tx.programmes.page({ after, limit: 50 });
      for (const programme of page.items) {
        shown.push(
          ...(await eachSession(tx, programme, (phaseId, session, roster) =>
            mayRunSession(actor, session.centreId)
              ? viewStaffSession(
                  phaseId,
                  session,
                  roster ?? emptyRoster(programme.id, phaseId, session.sessionId),
                )
              : null,
          )),
        );
      }
      after = page.next;
    } while (after !== null);
    return shown.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  });
}
