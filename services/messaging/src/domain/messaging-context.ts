import type { Clock } from '@jisr/contracts';
import type { MessagingStore } from './messaging-store.port';

/** What every use case is given: storage, time and the service's rules. */
export interface MessagingContext {
  readonly store: MessagingStore;
  readonly clock: Clock;
  /** Days an advisor has to answer when the introduction's programme sets none. */
  readonly defaultDeadlineDays: number;
  /** Days a startup has to answer an advisor's question. */
  readonly infoAnswerDays: number;
}
