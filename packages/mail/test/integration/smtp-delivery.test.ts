import { silentLogger } from '@jisr/logger';
import { type Storage, createSqliteStorage } from '@jisr/storage';
import { type SmtpCatcher, startSmtpCatcher } from '@jisr/test-kit';
import {
  type MailTransport,
  createMailOutbox,
  createMailRelay,
  createSmtpTransport,
  messageIdFor,
  renderEmail,
} from '../../src';

describe('SMTP transport through a real SMTP server', () => {
  let catcher: SmtpCatcher;
  let storage: Storage;
  let transport: MailTransport;

  beforeEach(async () => {
    catcher = await startSmtpCatcher();
    storage = createSqliteStorage(':memory:');
    transport = createSmtpTransport({ url: catcher.url, from: 'Jisr <no-reply@jisr.test>' });
  });
  afterEach(async () => {
    await transport.close();
    await storage.close();
    await catcher.close();
  });

  const enqueueArabicMail = async (key: string): Promise<void> => {
    const outbox = await createMailOutbox(storage);
    const body = renderEmail({
      language: 'ar',
      title: 'أكّد عنوان بريدك',
      paragraphs: ['مرحباً <عائشة>'],
      action: { label: 'تأكيد', url: 'https://jisr.test/verify-email?token=abc' },
    });
    await storage.transaction((tx) =>
      outbox.enqueue(tx, key, {
        to: 'aisha@example.ly',
        subject: 'أكّد عنوان بريدك',
        language: 'ar',
        ...body,
      }),
    );
  };

  test('when the relay sends an Arabic email, then the server receives it for the recipient with RTL HTML, text and the link', async () => {
    await enqueueArabicMail('verify-email:smtp-1');
    const relay = createMailRelay({ storage, transport, logger: silentLogger() });

    await relay.flush();
    const [caught] = await catcher.waitForMail(1);

    expect(caught?.envelopeTo).toEqual(['aisha@example.ly']);
    expect(caught?.mail.subject).toBe('أكّد عنوان بريدك');
    expect(caught?.mail.from?.value).toEqual([{ name: 'Jisr', address: 'no-reply@jisr.test' }]);
    expect(caught?.mail.headers.get('content-language')).toBe('ar');
    expect(caught?.mail.messageId).toBe(messageIdFor('verify-email:smtp-1', 'jisr.test'));
    expect(caught?.mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(caught?.mail.html).toContain('مرحباً &lt;عائشة&gt;');
    expect(caught?.mail.text).toContain('تأكيد: https://jisr.test/verify-email?token=abc');
  });

  test('when the server refuses the first try with a temporary error, then the relay retries and the email arrives once', async () => {
    await enqueueArabicMail('verify-email:smtp-2');
    catcher.refuseNext(1);
    const relay = createMailRelay({ storage, transport, logger: silentLogger(), retryBaseMs: 0 });

    const sent = [await relay.flush(), await relay.flush(), await relay.flush()];
    await catcher.waitForMail(1);

    expect(sent).toEqual([0, 1, 0]);
    expect(catcher.received).toHaveLength(1);
  });
});
