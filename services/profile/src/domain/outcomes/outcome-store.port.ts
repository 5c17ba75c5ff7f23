import type { VersionedRepository } from '@jisr/storage';
import type { OutcomeCheckIn, OutcomeReminder } from './outcome';

/** What outcome use cases touch inside a profile transaction. */
export interface OutcomeRepositories {
  readonly checkIns: VersionedRepository<OutcomeCheckIn> & {
    ofStartup(startupId: string): Promise<OutcomeCheckIn[]>;
    remove(id: string): Promise<boolean>;
  };
  readonly reminders: VersionedRepository<OutcomeReminder> & {
    /** Erasure: the reminders sent to a startup go with it. */
    removeOfStartup(startupId: string): Promise<number>;
  };
}
