import { versionedRepository, type Collection, type CollectionSpec, type EntityDoc } from '@jisr/storage';
import type { OutcomeCheckIn, OutcomeReminder } from '../domain/outcomes/outcome';
import type { OutcomeRepositories } from '../domain/outcomes/outcome-store.port';

export const OUTCOME_CHECK_INS: CollectionSpec = {
  name: 'outcome_check_ins',
  indexes: [{ name: 'startup', fields: { startupId: 1 } }],
};

export const OUTCOME_REMINDERS: CollectionSpec = { name: 'outcome_reminders' };

export const OUTCOME_COLLECTIONS = [OUTCOME_CHECK_INS, OUTCOME_REMINDERS];

/** Quarterly check-ins (with every revision) and the reminders sent for missing ones. */
export async function outcomeRepositories(
  open: (spec: CollectionSpec) => Promise<Collection<EntityDoc>>,
): Promise<OutcomeRepositories> {
  const checkIns = versionedRepository<OutcomeCheckIn>(await open(OUTCOME_CHECK_INS));
  const reminders = versionedRepository<OutcomeReminder>(await open(OUTCOME_REMINDERS));
  return {
    checkIns: { ...checkIns, ofStartup: (startupId) => checkIns.find({ startupId }) },
    reminders: { ...reminders, removeOfStartup: (startupId) => reminders.removeWhere({ startupId }) },
  };
}
