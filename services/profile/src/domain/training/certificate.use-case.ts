import type { ProfileContext } from '../profile-context';
import { notForYourRole, programmeNotFound } from '../profile-errors';
import type { ProfileTx } from '../profile-store.port';
import type { Programme } from '../programmes/programme';
import { certificateId, viewCertificate, type Certificate, type CertificateView } from './certificate';
import type { TrainingActor } from './training-access';
import {
  certificateNotEarned,
  certificateNotFound,
  phaseNotFound,
  phaseWithoutTraining,
} from './training-errors';
import { startupInProgramme } from './training-lookup';
import { hasAttended, randomCode, rosterId } from './training-roster';

type Phase = Programme['phases'][number];

/** The sessions a phase's certificate needs: those it names, or else every session of the phase. */
export const requiredSessionsOf = (phase: Phase): readonly string[] =>
  phase.requiredSessionIds !== undefined && phase.requiredSessionIds.length > 0
    ? phase.requiredSessionIds
    : phase.trainingSessions.map((session) => session.sessionId);

/** The required sessions of the phase this startup has not attended. */
export async function missingSessions(tx: ProfileTx, programmeId: string, phase: Phase, startupId: string) {
  const missing: string[] = [];
  for (const sessionId of requiredSessionsOf(phase)) {
    const roster = await tx.training.rosters.get(rosterId(programmeId, sessionId));
    if (roster === null || !hasAttended(roster, startupId)) missing.push(sessionId);
  }
  return missing;
}

/** Reads a certificate code as people type it (any case, with or without the dash). */
const normalCode = (code: string): string => {
  const bare = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return bare.length === 10 ? `${bare.slice(0, 5)}-${bare.slice(5)}` : bare;
};

/**
 * A startup asks for a phase's certificate: issued once every required session is attended, the
 * same one again on a later ask; refused before that, naming the sessions still missing.
 */
export async function requestCertificate(
  ctx: ProfileContext,
  actor: TrainingActor,
  programmeId: string,
  phaseId: string,
): Promise<{ certificate: CertificateView; issued: boolean }> {
  if (actor.role !== 'startup') throw notForYourRole();
  const now = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const programme = await tx.programmes.get(programmeId);
    if (programme === null) throw programmeNotFound();
    const phase = programme.phases.find((candidate) => candidate.phaseId === phaseId);
    if (phase === undefined) throw phaseNotFound();
    const startup = await startupInProgramme(tx, actor.sub, programmeId);
    const id = certificateId(actor.sub, programmeId, phaseId);
    const existing = await tx.training.certificates.get(id);
    if (existing !== null)
      return { certificate: viewCertificate(existing, ctx.settings.webUrl), issued: false };
    if (phase.trainingSessions.length === 0) throw phaseWithoutTraining();
    const missing = await missingSessions(tx, programmeId, phase, actor.sub);
    if (missing.length > 0) throw certificateNotEarned(missing);
    const certificate: Certificate = {
      id,
      version: 0,
      code: normalCode(randomCode(10)),
      startupId: actor.sub,
      programmeId,
      phaseId,
      startupName: startup.name,
      programmeName: programme.name,
      phaseName: phase.name,
      issuedAt: now.toISOString(),
    };
    const saved = await tx.training.certificates.save(certificate);
    return { certificate: viewCertificate(saved, ctx.settings.webUrl), issued: true };
  });
}

/** Anyone may check a certificate by its code. */
export async function verifyCertificate(ctx: ProfileContext, code: string): Promise<CertificateView> {
  const found = await ctx.store.transaction((tx) => tx.training.certificates.byCode(normalCode(code)));
  if (found === null) throw certificateNotFound();
  return viewCertificate(found, ctx.settings.webUrl);
}
