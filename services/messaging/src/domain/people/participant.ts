import type { LocalizedText } from '@jisr/contracts';
import type { Party } from '../introduction/introduction';
import type { MessagingTx } from '../messaging-store.port';
import { DELETED_USER } from '../notification/notification-texts';
import type { AdvisorRecord, StartupRecord } from './people';

/** A party as others see them: an erased one has no id and is named "deleted user" in every language. */
export interface Participant {
  readonly id: string | null;
  /** Null until the profile service has told us the name. */
  readonly name: LocalizedText | null;
  readonly deleted: boolean;
}

const same = (text: string): LocalizedText => ({ ar: text, tr: text, en: text });

export function startupParticipant(id: string, record: StartupRecord | null): Participant {
  if (record?.erased === true) return { id: null, name: DELETED_USER, deleted: true };
  const name = record?.profile?.name;
  return { id, name: name ? { ...same(name.latin), ar: name.ar ?? name.latin } : null, deleted: false };
}

export function advisorParticipant(id: string, record: AdvisorRecord | null): Participant {
  if (record?.erased === true) return { id: null, name: DELETED_USER, deleted: true };
  const name = record?.profile?.displayName;
  return { id, name: name === undefined ? null : same(name), deleted: false };
}

export async function participantsOf(
  tx: MessagingTx,
  ids: { startupId: string; advisorId: string },
): Promise<Record<Party, Participant>> {
  const [startup, advisor] = await Promise.all([
    tx.startups.get(ids.startupId),
    tx.advisors.get(ids.advisorId),
  ]);
  return {
    startup: startupParticipant(ids.startupId, startup),
    advisor: advisorParticipant(ids.advisorId, advisor),
  };
}
