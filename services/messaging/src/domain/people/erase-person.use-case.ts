import { closeThread } from '../conversation/thread';
import { close, isOpen, type Introduction, type Party } from '../introduction/introduction';
import { forgetRecipient } from '../mail/project-contact.use-case';
import { forgetMeetingsOf } from '../meetings/forget-meetings';
import type { MessagingTx } from '../messaging-store.port';

/** Removes what the erased party wrote about themself, keeping the facts the other party relies on. */
function forgetAuthor(intro: Introduction, party: Party): Introduction {
  if (party === 'startup') {
    const info = intro.info.map((entry) => ({ ...entry, answer: entry.answer === null ? null : '' }));
    const completion =
      intro.completion?.by === 'startup' ? { ...intro.completion, comment: null } : intro.completion;
    return { ...intro, note: '', info, completion };
  }
  const info = intro.info.map((entry) => ({ ...entry, question: '' }));
  const decline = intro.decline === null ? null : { ...intro.decline, comment: null };
  const completion =
    intro.completion?.by === 'advisor' ? { ...intro.completion, comment: null } : intro.completion;
  return { ...intro, info, decline, completion };
}

/**
 * Profile erased a person. Their summary is dropped (a tombstone keeps late upserts out), open
 * requests close, their texts are blanked, and their messages stay in the other party's history
 * without an author — shown as "deleted user". Threads close: nobody is left to answer.
 */
export async function erasePerson(
  tx: MessagingTx,
  party: Party,
  accountId: string,
  eventVersion: number,
  now: Date,
) {
  if (party === 'startup') {
    const current = await tx.startups.get(accountId);
    const sourceVersion = Math.max(current?.sourceVersion ?? 0, eventVersion);
    await tx.startups.save({
      id: accountId,
      profile: null,
      erased: true,
      sourceVersion,
      version: current?.version ?? 0,
    });
  } else {
    const current = await tx.advisors.get(accountId);
    const sourceVersion = Math.max(current?.sourceVersion ?? 0, eventVersion);
    await tx.advisors.save({
      id: accountId,
      profile: null,
      paused: false,
      erased: true,
      sourceVersion,
      version: current?.version ?? 0,
    });
  }
  const intros = await tx.introductions.ofParty(party, accountId);
  for (const intro of intros) {
    const forgotten = forgetAuthor(intro, party);
    await tx.introductions.save(isOpen(forgotten) ? close(forgotten, now, 'party-erased') : forgotten);
  }
  await forgetMeetingsOf(
    tx,
    party,
    accountId,
    intros.map((intro) => intro.id),
    now,
  );
  for (const thread of await tx.threads.ofParty(party, accountId)) {
    await tx.threads.save(closeThread({ ...thread, erased: { ...thread.erased, [party]: true } }, now));
  }
  await tx.messages.forgetSender(accountId);
  await tx.notifications.forgetUser(accountId);
  await forgetRecipient(tx, accountId, eventVersion);
}
