import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@jisr/logger';
import { type Storage, createSqliteStorage } from '@jisr/storage';
import { ManualClock } from '@jisr/test-kit';
import {
  MAIL_OUTBOX_SPEC,
  type MailMessage,
  type MailOutboxEntry,
  type MailTransport,
  createMailFolderTransport,
  createMailOutbox,
  createMailRelay,
  listMailFolder,
} from '../../src';

const aMessage = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  to: 'aisha@example.ly',
  subject: 'Verify your address',
  html: '<p>Hello</p>',
  text: 'Hello',
  language: 'en',
  ...overrides,
});

/** A transport that fails its first `failures` sends, then hands over to the real folder transport. */
const flaky = (inner: MailTransport, failures: number): MailTransport & { attempts: number } => {
  const transport = {
    kind: inner.kind,
    attempts: 0,
    send: async (delivery: Parameters<MailTransport['send']>[0]) => {
      transport.attempts += 1;
      if (transport.attempts <= failures) throw new Error('451 try again later');
      await inner.send(delivery);
    },
    close: () => inner.close(),
  };
  return transport;
};

describe('mail outbox and relay', () => {
  let directory: string;
  let storage: Storage;
  let folder: string;
  const clock = new ManualClock('2026-12-01T09:00:00.000Z');

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'jisr-mail-'));
    folder = join(directory, 'mail');
    storage = createSqliteStorage(join(directory, 'profile.db'));
  });
  afterEach(async () => {
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const enqueue = async (key: string, message: MailMessage, rollBack = false): Promise<void> => {
    const outbox = await createMailOutbox(storage, { clock });
    await storage
      .transaction(async (tx) => {
        await outbox.enqueue(tx, key, message);
        if (rollBack) throw new Error('the change failed');
      })
      .catch((error: unknown) => {
        if (!rollBack) throw error;
      });
  };
  const entry = async (key: string): Promise<MailOutboxEntry | null> =>
    (await storage.collection<MailOutboxEntry>(MAIL_OUTBOX_SPEC)).get(key);

  test('when an email is committed, then the relay writes it once as an .eml file and marks it sent', async () => {
    await enqueue('verify-email:t1', aMessage());
    const relay = createMailRelay({
      storage,
      transport: createMailFolderTransport({ dir: folder, from: 'Jisr <no-reply@jisr.test>' }),
      logger: silentLogger(),
      clock,
    });

    const sent = [await relay.flush(), await relay.flush()];

    const files = await listMailFolder(folder);
    expect(sent).toEqual([1, 0]);
    expect(files.map((file) => file.split('/').pop())).toEqual(['verify-email_t1.eml']);
    const eml = readFileSync(files[0] ?? '', 'utf8');
    expect(eml).toContain('To: aisha@example.ly');
    expect(eml).toContain('Content-Language: en');
    expect(await entry('verify-email:t1')).toMatchObject({ sentAt: clock.now().toISOString(), attempts: 1 });
  });

  test('when the same cause enqueues twice, then only one email exists', async () => {
    await enqueue('reset:t2', aMessage());
    await enqueue('reset:t2', aMessage({ subject: 'second' }));

    expect(await (await storage.collection<MailOutboxEntry>(MAIL_OUTBOX_SPEC)).count()).toBe(1);
    expect((await entry('reset:t2'))?.message.subject).toBe('Verify your address');
  });

  test('when the change that caused an email is rolled back, then no email is left to send', async () => {
    await enqueue('verify-email:t3', aMessage(), true);

    expect(await entry('verify-email:t3')).toBeNull();
  });

  test('when sending fails, then it is retried after a doubling backoff and sent once', async () => {
    await enqueue('verify-email:t4', aMessage());
    const transport = flaky(createMailFolderTransport({ dir: folder, from: 'no-reply@jisr.test' }), 2);
    const relay = createMailRelay({ storage, transport, logger: silentLogger(), clock, retryBaseMs: 1000 });

    const first = await relay.flush();
    const tooEarly = await relay.flush();
    clock.advance(1000);
    const second = await relay.flush();
    clock.advance(1999);
    const stillTooEarly = await relay.flush();
    clock.advance(1);
    const third = await relay.flush();

    expect([first, tooEarly, second, stillTooEarly, third]).toEqual([0, 0, 0, 0, 1]);
    expect(transport.attempts).toBe(3);
    expect(await listMailFolder(folder)).toHaveLength(1);
    expect(await entry('verify-email:t4')).toMatchObject({
      attempts: 3,
      lastError: null,
      sentAt: expect.any(String),
    });
  });

  test('when every attempt fails, then the relay gives up after maxAttempts and keeps the error', async () => {
    await enqueue('verify-email:t5', aMessage());
    const transport = flaky(createMailFolderTransport({ dir: folder, from: 'no-reply@jisr.test' }), 99);
    const relay = createMailRelay({
      storage,
      transport,
      logger: silentLogger(),
      clock,
      maxAttempts: 2,
      retryBaseMs: 10,
    });

    await relay.flush();
    clock.advance(10);
    await relay.flush();
    clock.advance(60_000);
    await relay.flush();

    expect(transport.attempts).toBe(2);
    expect(await entry('verify-email:t5')).toMatchObject({
      sentAt: null,
      failedAt: expect.any(String),
      lastError: '451 try again later',
    });
  });

  test('when another relay has claimed an email, then this relay leaves it alone until the claim lapses', async () => {
    await enqueue('verify-email:t6', aMessage());
    const current = await entry('verify-email:t6');
    const claimedUntil = new Date(clock.now().getTime() + 60_000).toISOString();
    await (
      await storage.collection<MailOutboxEntry>(MAIL_OUTBOX_SPEC)
    ).update({ ...current!, claimedBy: 'other', nextAttemptAt: claimedUntil }, current!.version);
    const relay = createMailRelay({
      storage,
      transport: createMailFolderTransport({ dir: folder, from: 'no-reply@jisr.test' }),
      logger: silentLogger(),
      clock,
    });

    const whileClaimed = await relay.flush();
    clock.advance(60_000);
    const afterLapse = await relay.flush();

    expect([whileClaimed, afterLapse]).toEqual([0, 1]);
  });
});
