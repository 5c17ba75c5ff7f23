import { versionedRepository, type Collection, type CollectionSpec, type EntityDoc } from '@jisr/storage';
import type { Certificate } from '../domain/training/certificate';
import type { TrainingRepositories } from '../domain/training/training-store.port';
import type { TrainingRoster } from '../domain/training/training-roster';

/** One roster per training session (seats, attendance, live check-in code). */
export const TRAINING_ROSTERS: CollectionSpec = {
  name: 'training_rosters',
  indexes: [{ name: 'programme', fields: { programmeId: 1 } }],
};

export const CERTIFICATES: CollectionSpec = {
  name: 'training_certificates',
  indexes: [
    { name: 'code', fields: { code: 1 }, unique: true },
    { name: 'startup', fields: { startupId: 1 } },
  ],
};

export const TRAINING_COLLECTIONS = [TRAINING_ROSTERS, CERTIFICATES];

export async function trainingRepositories(
  open: (spec: CollectionSpec) => Promise<Collection<EntityDoc>>,
): Promise<TrainingRepositories> {
  const rosters = versionedRepository<TrainingRoster>(await open(TRAINING_ROSTERS));
  const certificates = versionedRepository<Certificate>(await open(CERTIFICATES));
  return {
    rosters: { ...rosters, ofProgramme: (programmeId) => rosters.find({ programmeId }) },
    certificates: {
      ...certificates,
      byCode: async (code) => (await certificates.find({ code }))[0] ?? null,
      ofStartup: (startupId) => certificates.find({ startupId }),
    },
  };
}
