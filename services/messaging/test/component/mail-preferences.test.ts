import { randomUUID } from 'node:crypto';
import { newUnsubscribeKey, signUnsubscribe } from '../../src/domain/mail/unsubscribe-token';
import { storedDoc, tokenFor } from './harness';
import { aMessagingPerTest } from './per-test';

const ALL_IMMEDIATELY = {
  'introduction-request': 'immediately',
  'deadline-reminder': 'immediately',
  decision: 'immediately',
  'message-digest': 'immediately',
  meeting: 'immediately',
};

/** The key this instance signs its unsubscribe links with, as stored. */
const storedKey = async (dataDir: string): Promise<string> => {
  const doc = (await storedDoc(dataDir, 'mail_keys', 'unsubscribe')) as { key: string } | undefined;
  if (doc === undefined) throw new Error('no unsubscribe key stored');
  return doc.key;
};

/** What a mail client does on a one-click unsubscribe (RFC 8058): a form POST with no session. */
const oneClick = (url: string, token: string) =>
  fetch(`${url}/v1/unsubscribe/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });

describe('/v1/notification-preferences', () => {
  const t = aMessagingPerTest();

  test('when a person has chosen nothing, then every kind of email reaches them immediately', async () => {
    const reply = await t.messaging.call(
      'GET',
      '/v1/notification-preferences',
      tokenFor(randomUUID(), 'startup'),
    );

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ choices: ALL_IMMEDIATELY });
  });

  test('when an advisor chooses a daily digest for messages and never for reminders, then that is what they get back', async () => {
    const advisor = tokenFor(randomUUID(), 'advisor');
    const choices = { ...ALL_IMMEDIATELY, 'message-digest': 'daily', 'deadline-reminder': 'never' };

    const saved = await t.messaging.call('PUT', '/v1/notification-preferences', advisor, { choices });
    const read = await t.messaging.call('GET', '/v1/notification-preferences', advisor);
    const someoneElse = await t.messaging.call(
      'GET',
      '/v1/notification-preferences',
      tokenFor(randomUUID(), 'advisor'),
    );

    expect(saved.status).toBe(200);
    expect(read.body).toEqual({ choices });
    expect(someoneElse.body).toEqual({ choices: ALL_IMMEDIATELY });
  });

  test('when a choice is not one of immediately, daily or never, then it is refused with 400 naming the field', async () => {
    const choices = { ...ALL_IMMEDIATELY, meeting: 'weekly' };

    const reply = await t.messaging.call(
      'PUT',
      '/v1/notification-preferences',
      tokenFor(randomUUID(), 'startup'),
      {
        choices,
      },
    );

    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: 'body.choices.meeting' })]);
  });

  test('when the council or nobody asks, then it is refused with 403 or 401', async () => {
    const council = await t.messaging.call(
      'GET',
      '/v1/notification-preferences',
      tokenFor(randomUUID(), 'council'),
    );
    const anonymous = await t.messaging.call('GET', '/v1/notification-preferences', null);

    expect(council.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });
});

describe('POST /v1/unsubscribe/:token', () => {
  const t = aMessagingPerTest();

  test('when a mail client posts the one-click form with a genuine link, then that kind is never sent again, without a session', async () => {
    const accountId = randomUUID();
    const token = signUnsubscribe(await storedKey(t.world.dataDir), { accountId, kinds: ['message-digest'] });

    const posted = await oneClick(t.messaging.url, token);
    const read = await t.messaging.call(
      'GET',
      '/v1/notification-preferences',
      tokenFor(accountId, 'startup'),
    );

    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ kinds: ['message-digest'], delivery: 'never' });
    expect(read.body.choices).toEqual({ ...ALL_IMMEDIATELY, 'message-digest': 'never' });
  });

  test('when the link is forged with another key or altered, then it is refused with 403 and nothing changes', async () => {
    const accountId = randomUUID();
    const forged = signUnsubscribe(newUnsubscribeKey(), { accountId, kinds: ['decision'] });
    const genuine = signUnsubscribe(await storedKey(t.world.dataDir), { accountId, kinds: ['meeting'] });
    const [payload, signature] = genuine.split('.');
    const otherKind = Buffer.from(`${accountId}:decision`).toString('base64url');

    const replies = await Promise.all(
      [forged, `${otherKind}.${signature}`, `${payload}.${signature?.slice(0, -2)}AA`].map((token) =>
        t.messaging.call('POST', `/v1/unsubscribe/${token}`, null, {}),
      ),
    );
    const read = await t.messaging.call(
      'GET',
      '/v1/notification-preferences',
      tokenFor(accountId, 'advisor'),
    );

    expect(replies.map((r) => [r.status, r.body.code])).toEqual(
      Array(3).fill([403, 'MAIL.UNSUBSCRIBE_LINK_INVALID']),
    );
    expect(read.body.choices).toEqual(ALL_IMMEDIATELY);
  });

  test('when another path is sent a form body, then it is still refused with 415', async () => {
    const reply = await fetch(`${t.messaging.url}/v1/notifications/read`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Bearer ${tokenFor(randomUUID(), 'startup')}`,
      },
      body: 'ids=1',
    });

    expect(reply.status).toBe(415);
  });
});
