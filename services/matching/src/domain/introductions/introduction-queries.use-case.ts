import { notFound } from '@jisr/errors';
import type { MatchingContext } from '../matching-context';
import type { IntroductionRecord } from './introduction';

/** Who reads, as their access token says. */
export interface Reader {
  readonly sub: string;
  readonly role: string;
}

/** A request is seen by its startup, its advisor and the council; by nobody else. */
export const isPartyTo = (reader: Reader, record: IntroductionRecord): boolean =>
  reader.role === 'council' ||
  (reader.role === 'startup' && record.startupId === reader.sub) ||
  (reader.role === 'advisor' && record.advisorId === reader.sub);

/** The request when `reader` is party to it; someone else's answers like a missing one (404). */
export async function readIntroduction(
  { store }: MatchingContext,
  reader: Reader,
  introductionId: string,
): Promise<IntroductionRecord> {
  const record = await store.introductions.get(introductionId);
  if (record === null || !isPartyTo(reader, record))
    throw notFound('MATCHING.INTRODUCTION_NOT_FOUND', 'No such introduction request.');
  return record;
}

export const introductionsOfStartup = ({ store }: MatchingContext, startupId: string) =>
  store.introductions.listByStartup(startupId);

/** Every request to one advisor, newest first. */
export const introductionsOfAdvisor = ({ store }: MatchingContext, advisorId: string) =>
  store.introductions.listByAdvisor(advisorId);
