import type { Collection, StoredDoc } from '@jisr/storage';
import type { ProfileTx } from '../domain/profile-store.port';
import type { Organisation } from '../domain/staff/organisation';
import { documentRepository } from './document-repository';

/** The partner organisations; few enough to list whole. */
export function organisationRepository(
  collection: Collection<StoredDoc & Record<string, unknown>>,
): ProfileTx['organisations'] {
  const organisations = documentRepository<Organisation>(collection);
  return { ...organisations, all: () => organisations.find({}) };
}
