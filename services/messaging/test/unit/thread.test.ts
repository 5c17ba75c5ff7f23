import {
  appendMessage,
  markRead,
  messageBodySchema,
  openThread,
  unreadCount,
} from '../../src/domain/conversation/thread';

const now = new Date('2025-03-02T10:00:00.000Z');
const aThread = () => openThread({ id: 'intro-1', startupId: 's-1', advisorId: 'a-1' }, now);

describe('thread', () => {
  test('when messages are appended, then they are numbered and the sender has read their own', () => {
    const first = appendMessage(aThread(), 'startup', 's-1', 'مرحبا', 'm-1', now);
    const second = appendMessage(first.thread, 'advisor', 'a-1', 'Merhaba', 'm-2', now);

    expect([first.message.seq, second.message.seq]).toEqual([1, 2]);
    expect(unreadCount(second.thread, 'startup')).toBe(1);
    expect(unreadCount(second.thread, 'advisor')).toBe(0);
  });

  test('when a read marker moves back or past the end, then it stays within what exists', () => {
    const { thread } = appendMessage(aThread(), 'advisor', 'a-1', 'Hello', 'm-1', now);
    const read = markRead(thread, 'startup', 99);

    expect(read.readUpTo.startup).toBe(1);
    expect(markRead(read, 'startup', 0).readUpTo.startup).toBe(1);
  });

  test('when the thread is closed, then a new message is refused with 409', () => {
    const closed = { ...aThread(), status: 'closed' as const };

    expect(() => appendMessage(closed, 'startup', 's-1', 'Hi', 'm-1', now)).toThrow(
      expect.objectContaining({ code: 'THREAD.CLOSED', status: 409 }),
    );
  });

  test('when a body is blank or longer than 4,000 characters, then it is invalid', () => {
    expect(messageBodySchema.safeParse(' \n\t ').success).toBe(false);
    expect(messageBodySchema.safeParse('ا'.repeat(4001)).success).toBe(false);
  });

  test('when a body is 4,000 emoji, then it counts characters as people do and is accepted unchanged', () => {
    const emoji = '🌍'.repeat(4000);
    const rtl = '\u202Bمرحبا بكم في جسر\u202C — Hoş geldiniz';

    expect(messageBodySchema.parse(emoji)).toBe(emoji);
    expect(messageBodySchema.parse(rtl)).toBe(rtl);
  });

  test('when a body arrives decomposed (NFD), then it is stored composed (NFC)', () => {
    const decomposed = 'Görüşelim, Şahin Bey'.normalize('NFD');

    expect(messageBodySchema.parse(decomposed)).toBe(decomposed.normalize('NFC'));
  });

  test('when a body is only zero-width characters, then it is invalid', () => {
    expect(messageBodySchema.safeParse('\u200B\u2060\uFEFF').success).toBe(false);
  });
});
