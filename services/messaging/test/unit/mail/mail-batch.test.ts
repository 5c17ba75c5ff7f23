import { addToBatch, nextDigestAt, type MailItem } from '../../../src/domain/mail/mail-batch';

const anItem = (id: string, createdAt: string): MailItem => ({
  id,
  kind: 'message.received',
  introductionId: 'i-1',
  threadId: 'i-1',
  meetingId: null,
  params: {},
  createdAt,
});

const conversation = { id: 'thread:u-1:i-1', userId: 'u-1', mode: 'conversation', timeZone: 'UTC' } as const;

describe('conversation batches', () => {
  test('when the first new message arrives, then the email is due one hour later', () => {
    const batch = addToBatch(
      null,
      conversation,
      anItem('n1', '2025-03-01T09:00:00.000Z'),
      new Date('2025-03-01T09:00:00.000Z'),
    );

    expect(batch.dueAt).toBe('2025-03-01T10:00:00.000Z');
    expect(batch.count).toBe(1);
  });

  test('when more messages follow within the hour, then they join the same batch and its time does not move', () => {
    let batch = addToBatch(null, conversation, anItem('n0', 'x'), new Date('2025-03-01T09:00:00.000Z'));
    for (let i = 1; i < 30; i += 1) {
      batch = addToBatch(batch, conversation, anItem(`n${i}`, 'x'), new Date(Date.UTC(2025, 2, 1, 9, i)));
    }

    expect(batch.dueAt).toBe('2025-03-01T10:00:00.000Z');
    expect(batch.count).toBe(30);
    expect(batch.items).toHaveLength(20);
    expect(batch.items.at(-1)?.id).toBe('n29');
  });
});

describe('nextDigestAt', () => {
  test('when it is before 08:00 in Tripoli, then the digest goes at 08:00 Tripoli time the same day', () => {
    expect(nextDigestAt(new Date('2025-03-01T05:00:00.000Z'), 'Africa/Tripoli').toISOString()).toBe(
      '2025-03-01T06:00:00.000Z',
    );
  });

  test('when it is after 08:00 in Istanbul, then the digest goes at 08:00 Istanbul time the next day', () => {
    expect(nextDigestAt(new Date('2025-03-01T09:00:00.000Z'), 'Europe/Istanbul').toISOString()).toBe(
      '2025-03-02T05:00:00.000Z',
    );
  });

  test('when the zone is unknown, then UTC is used rather than failing', () => {
    expect(nextDigestAt(new Date('2025-03-01T09:00:00.000Z'), 'Mars/Olympus').toISOString()).toBe(
      '2025-03-02T08:00:00.000Z',
    );
  });
});
