import type { EventOf } from '@jisr/contracts';
import type { MessagingTx } from '../messaging-store.port';
import { recordResponse } from '../introduction/advisor-activity';
import { activityOf, saveActivity } from '../introduction/introduction-access';
import { isNewer, type AdvisorRecord, type StartupRecord } from './people';

/** Keeps the startup summary an advisor sees next to a request. Older or post-erasure events are ignored. */
export async function projectStartup(tx: MessagingTx, event: EventOf<'startup.upserted'>): Promise<void> {
  const p = event.payload;
  const current = await tx.startups.get(p.startupId);
  if (current?.erased === true || !isNewer(current, event.version)) return;
  const record: StartupRecord = {
    id: p.startupId,
    profile: {
      name: { latin: p.name.latin, ar: p.name.ar ?? null },
      description: p.description ?? null,
      sector: p.sector,
      stage: p.stage,
      city: p.city,
      languages: p.languages,
      needs: p.needs.map((need) => ({ kind: need.kind, amountUsd: need.amountUsd ?? null })),
      teamSize: p.teamSize,
      foundedYear: p.foundedYear,
      timeZone: p.timeZone,
    },
    erased: false,
    sourceVersion: event.version,
    version: current?.version ?? 0,
  };
  await tx.startups.save(record);
}

export async function projectAdvisor(tx: MessagingTx, event: EventOf<'advisor.upserted'>): Promise<void> {
  const p = event.payload;
  const current = await tx.advisors.get(p.advisorId);
  if (current?.erased === true || !isNewer(current, event.version)) return;
  const record: AdvisorRecord = {
    id: p.advisorId,
    profile: {
      displayName: p.displayName,
      organisation: p.organisation,
      roles: p.roles,
      timeZone: p.timeZone,
      languages: p.languages,
    },
    paused: p.paused,
    erased: false,
    sourceVersion: event.version,
    version: current?.version ?? 0,
  };
  await tx.advisors.save(record);
}

/** Pause state as profile (its owner) reports it; a resumed advisor starts a fresh run of expiries. */
export async function projectAdvisorPause(
  tx: MessagingTx,
  event: EventOf<'advisor.paused'> | EventOf<'advisor.resumed'>,
): Promise<void> {
  const advisorId = event.payload.advisorId;
  const current = await tx.advisors.get(advisorId);
  if (current !== null && !current.erased && isNewer(current, event.version)) {
    await tx.advisors.save({
      ...current,
      paused: event.type === 'advisor.paused',
      sourceVersion: event.version,
    });
  }
  if (event.type === 'advisor.resumed') {
    const activity = await activityOf(tx, advisorId);
    await saveActivity(tx, activity, recordResponse(activity));
  }
}

export async function projectProgramme(tx: MessagingTx, event: EventOf<'programme.upserted'>): Promise<void> {
  const p = event.payload;
  const current = await tx.programmes.get(p.programmeId);
  if (!isNewer(current, event.version)) return;
  await tx.programmes.save({
    id: p.programmeId,
    name: p.name,
    responseDeadlineDays: p.responseDeadlineDays,
    sourceVersion: event.version,
    version: current?.version ?? 0,
  });
}
