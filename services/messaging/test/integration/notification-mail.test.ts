import { waitFor } from '@jisr/test-kit';
import { anIntroductionRequested } from '../builders/events.builder';
import { aBookedMeeting } from '../component/meeting-steps';
import {
  acceptRequest,
  aMailWorldPerTest,
  aRequestWithContacts,
  choicesWithDecision,
  emailOf,
  headerOf,
  oneClickUnsubscribe,
  WEB,
} from './mail-steps';

const MINUTE = 60_000;

describe('notification email through a real SMTP server', () => {
  const t = aMailWorldPerTest();

  test('when a request reaches an Arabic-reading advisor, then one email arrives for them in Arabic, right to left, with the deadline, escaped text and a link to the inbox', async () => {
    const requested = anIntroductionRequested({ note: 'Cold rooms <script>alert(1)</script> & more' });
    const { advisorId } = await aRequestWithContacts(t.mail, requested);

    await t.mail.deliver();
    const [caught] = await t.mail.smtp.waitForMail(1);

    expect(caught?.envelopeTo).toEqual([emailOf(advisorId)]);
    expect(caught?.mail.subject).toBe('طلب تعارف جديد من سلسلة الساحل للتبريد');
    expect(caught?.mail.headers.get('content-language')).toBe('ar');
    expect(caught?.mail.html).toContain('<html lang="ar" dir="rtl">');
    // Seven days after 09:00 UTC on 1 March, in the advisor's Istanbul time.
    expect(caught?.mail.text).toContain('8 مارس 2025 في 12:00 م');
    expect(caught?.mail.html).toContain('Cold rooms &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(caught?.mail.html).not.toContain('<script>');
    expect(caught?.mail.html).toContain(`href="${WEB}/inbox"`);
    expect(caught?.mail.text).toContain(`${WEB}/notification-settings`);
  });

  test('when three days are left to answer, then the advisor gets a reminder email with the deadline', async () => {
    const { advisorId } = await aRequestWithContacts(t.mail);
    await t.mail.deliver();
    await t.mail.smtp.waitForMail(1);

    t.mail.world.clock.advance(4 * 24 * 60 * MINUTE);
    await t.mail.messaging.service.tick();
    await t.mail.deliver();
    await t.mail.smtp.waitForMail(2);
    const reminder = t.mail.mailTo(emailOf(advisorId))[1];

    expect(reminder?.mail.subject).toBe('تذكير: سلسلة الساحل للتبريد بانتظار ردك');
    expect(reminder?.mail.text).toContain('8 مارس 2025 في 12:00 م');
    expect(headerOf(reminder!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  test('when the mail client posts the one-click unsubscribe, then it works without a session and no further request email is sent', async () => {
    const { advisorId } = await aRequestWithContacts(t.mail);
    await t.mail.deliver();
    const [first] = await t.mail.smtp.waitForMail(1);
    if (first === undefined) throw new Error('no first email');

    expect(headerOf(first, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/v1\/unsubscribe\/[\w-]+\.[\w-]+>$/,
    );
    expect(headerOf(first, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribed = await oneClickUnsubscribe(first);
    await aRequestWithContacts(t.mail, anIntroductionRequested({ advisorId }));
    const queued = await t.mail.deliver();

    expect(unsubscribed.status).toBe(200);
    expect(await unsubscribed.json()).toEqual({ kinds: ['introduction-request'], delivery: 'never' });
    expect(queued).toBe(0);
    expect(t.mail.mailTo(emailOf(advisorId))).toHaveLength(1);
  });

  test('when an unsubscribe link is forged, then the POST is refused and the person still gets email', async () => {
    const { advisorId } = await aRequestWithContacts(t.mail);
    await t.mail.deliver();
    const [first] = await t.mail.smtp.waitForMail(1);
    const genuine = /unsubscribe\/([\w-]+)\.([\w-]+)>/.exec(headerOf(first!, 'List-Unsubscribe') ?? '');
    const otherKind = Buffer.from(`${advisorId}:decision,meeting`).toString('base64url');

    const forged = await fetch(`${t.mail.messaging.url}/v1/unsubscribe/${otherKind}.${genuine?.[2]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    await aRequestWithContacts(t.mail, anIntroductionRequested({ advisorId }));
    await t.mail.deliver();

    expect(forged.status).toBe(403);
    expect(await t.mail.smtp.waitForMail(2)).toHaveLength(2);
  });

  test('when a startup chose never for decisions, then the advisor’s acceptance sends it nothing', async () => {
    const arrived = await aRequestWithContacts(t.mail);
    const choices = choicesWithDecision('never');
    await t.mail.messaging.call('PUT', '/v1/notification-preferences', arrived.startup, { choices });

    await acceptRequest(t.mail, arrived);
    await t.mail.deliver();
    await t.mail.smtp.waitForMail(1);

    expect(t.mail.mailTo(emailOf(arrived.startupId))).toEqual([]);
    expect(t.mail.mailTo(emailOf(arrived.advisorId))).toHaveLength(1);
  });

  test('when an advisor accepts, then the Turkish-reading startup gets the decision in Turkish, left to right', async () => {
    const arrived = await aRequestWithContacts(t.mail);

    await acceptRequest(t.mail, arrived);
    await t.mail.deliver();
    await t.mail.smtp.waitForMail(2);
    const [decision] = t.mail.mailTo(emailOf(arrived.startupId));

    expect(decision?.mail.subject).toBe('Ayşe Demir ile tanışma talebinizle ilgili haber');
    expect(decision?.mail.html).toContain('<html lang="tr" dir="ltr">');
    expect(decision?.mail.text).toContain('Tanışma talebiniz kabul edildi.');
    expect(decision?.mail.html).toContain(`href="${WEB}/requests"`);
  });
});

describe('the new-message digest, with a manual clock', () => {
  const t = aMailWorldPerTest();

  test('when the startup sends 10 messages within an hour, then the advisor gets exactly one email about them', async () => {
    const arrived = await aRequestWithContacts(t.mail);
    await acceptRequest(t.mail, arrived);
    await t.mail.deliver();
    await t.mail.smtp.waitForMail(2);
    const before = t.mail.mailTo(emailOf(arrived.advisorId)).length;

    const queuedMeanwhile: number[] = [];
    for (let i = 1; i <= 10; i += 1) {
      await t.mail.messaging.call('POST', `/v1/threads/${arrived.introductionId}/messages`, arrived.startup, {
        body: `Message ${i} about <cold rooms>`,
      });
      queuedMeanwhile.push(await t.mail.deliver());
      t.mail.world.clock.advance(5 * MINUTE);
    }
    t.mail.world.clock.advance(10 * MINUTE);
    const atTheHour = await t.mail.deliver();
    await t.mail.smtp.waitForMail(3);
    const digests = t.mail.mailTo(emailOf(arrived.advisorId)).slice(before);

    expect(queuedMeanwhile).toEqual(Array(10).fill(0));
    expect(atTheHour).toBe(1);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.mail.subject).toBe('رسائل جديدة (10) من سلسلة الساحل للتبريد');
    expect(digests[0]?.mail.text).toContain('Message 10 about <cold rooms>');
    expect(digests[0]?.mail.html).toContain('Message 10 about &lt;cold rooms&gt;');
    expect(digests[0]?.mail.html).toContain(`href="${WEB}/threads/${arrived.introductionId}"`);
    expect(headerOf(digests[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });
});

describe('the daily digest, with a manual clock', () => {
  const t = aMailWorldPerTest();

  test('when a startup chose a daily digest for decisions, then the acceptance waits for 08:00 in Tripoli and comes in one Turkish digest', async () => {
    const arrived = await aRequestWithContacts(t.mail);
    const choices = choicesWithDecision('daily');
    await t.mail.messaging.call('PUT', '/v1/notification-preferences', arrived.startup, { choices });
    await acceptRequest(t.mail, arrived);

    const beforeEight = await t.mail.deliver();
    t.mail.world.clock.set('2025-03-02T06:00:00.000Z');
    const atEight = await t.mail.deliver();
    await t.mail.smtp.waitForMail(2);
    const digests = t.mail.mailTo(emailOf(arrived.startupId));

    expect([beforeEight, atEight]).toEqual([0, 1]);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.mail.subject).toBe('Jisr özetiniz: 1 güncelleme');
    expect(digests[0]?.mail.text).toContain('Tanışma talebiniz kabul edildi.');
  });
});

describe('meeting invitations by email', () => {
  const t = aMailWorldPerTest();

  test('when a startup books a meeting, then the advisor’s email carries the calendar invite', async () => {
    const arrived = await aRequestWithContacts(t.mail);
    await acceptRequest(t.mail, arrived);
    await t.mail.deliver();
    await t.mail.smtp.waitForMail(2);

    const booked = await aBookedMeeting(t.mail.messaging, arrived);
    await t.mail.deliver();
    await waitFor(() => t.mail.mailTo(emailOf(arrived.advisorId)).length === 2, { what: 'the invite email' });
    const invite = t.mail.mailTo(emailOf(arrived.advisorId))[1];
    const calendar = invite?.mail.attachments.find((a) => a.contentType === 'text/calendar');

    expect(invite?.mail.subject).toContain('اجتماع مع سلسلة الساحل للتبريد');
    expect(calendar?.content.toString()).toContain('METHOD:REQUEST');
    expect(calendar?.content.toString()).toContain(`UID:${booked.body.id}@jisr`);
  });
});
