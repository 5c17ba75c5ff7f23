import type { VersionedRepository } from '@jisr/storage';
import type { OutcomeCheckIn, OutcomeReminder } from './outcome';

/** What outcome use cases touch inside a profile transaction. */
export interface OutcomeRepositories {
  readonly checkIns: VersionedRepository<OutcomeCheckIn> & {
    ofStartup(startupId: string): Promise<OutcomeCheckIn[]>;
  };
  readonly reminders: VersionedRepository<OutcomeReminder>;
}
