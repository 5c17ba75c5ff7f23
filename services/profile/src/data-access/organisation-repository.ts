import { versionedRepository, type Collection, type EntityDoc } from '@jisr/storage';
import type { ProfileTx } from '../domain/profile-store.port';
import type { Organisation } from '../domain/staff/organisation';

/** The partner organisations; few enough to list whole. */
export function organisationRepository(collection: Collection<EntityDoc>): ProfileTx['organisations'] {
  const organisations = versionedRepository<Organisation>(collection);
  return { ...organisations, all: () => organisations.find() };
}
