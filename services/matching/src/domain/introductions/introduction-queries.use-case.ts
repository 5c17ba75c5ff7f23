import type { MatchingStore } from '../matching-store.port';
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

export interface IntroductionQueries {
  /** The request when `reader` is party to it; null for a missing one and for someone else's alike. */
  readAs(reader: Reader, introductionId: string): Promise<IntroductionRecord | null>;
  ofStartup(startupId: string): Promise<readonly IntroductionRecord[]>;
  ofAdvisor(advisorId: string): Promise<readonly IntroductionRecord[]>;
}

export const createIntroductionQueries = (store: MatchingStore): IntroductionQueries => ({
  readAs: async (reader, introductionId) => {
    const record = await store.introductions.get(introductionId);
    return record !== null && isPartyTo(reader, record) ? record : null;
  },
  ofStartup: (startupId) => store.introductions.listByStartup(startupId),
  ofAdvisor: (advisorId) => store.introductions.listByAdvisor(advisorId),
});
