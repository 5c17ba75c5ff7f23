import type { VersionedRepository } from '@jisr/storage';
import type { Certificate } from './certificate';
import type { TrainingRoster } from './training-roster';

/** The training collections a transaction sees. */
export interface TrainingRepositories {
  readonly rosters: VersionedRepository<TrainingRoster> & {
    ofProgramme(programmeId: string): Promise<TrainingRoster[]>;
  };
  readonly certificates: VersionedRepository<Certificate> & {
    byCode(code: string): Promise<Certificate | null>;
    ofStartup(startupId: string): Promise<Certificate[]>;
    remove(id: string): Promise<boolean>;
  };
}
