import { TOPICS, type EventOf } from '@jisr/contracts';
import { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '@jisr/test-kit';
import { aContactChanged, anIntroductionRequested } from '../builders/events.builder';
import {
  aRequestIn,
  aWorld,
  eventually,
  startInstance,
  storedDoc,
  type Arrived,
  type Instance,
  type World,
} from '../component/harness';

export const WEB = 'https://jisr.test';

/** A messaging instance whose notification email goes to a real SMTP server started for the test. */
export interface MailWorld {
  readonly world: World;
  readonly messaging: Instance;
  readonly smtp: SmtpCatcher;
  /** Due batches become emails and the relay sends them: what the timers do, now. */
  deliver(): Promise<number>;
  mailTo(address: string): readonly CaughtMail[];
  close(): Promise<void>;
}

export async function aMailWorld(): Promise<MailWorld> {
  const world = await aWorld();
  const smtp = await startSmtpCatcher();
  const messaging = await startInstance({
    ...world,
    env: {
      SMTP_URL: smtp.url,
      PUBLIC_WEB_URL: WEB,
      MAIL_FROM: 'Jisr <no-reply@jisr.test>',
      // Batches come due by the test's clock and are dispatched by deliver(); the timer stays out of the way.
      MAIL_DISPATCH_INTERVAL_MS: '3600000',
    },
  });
  return {
    world,
    messaging,
    smtp,
    deliver: async () => {
      const queued = await messaging.service.dispatchMail();
      await messaging.service.flushMail();
      return queued;
    },
    mailTo: (address) => smtp.received.filter((caught) => caught.envelopeTo.includes(address)),
    close: async () => {
      await messaging.service.stop();
      await smtp.close();
      await world.close();
    },
  };
}

export const emailOf = (accountId: string): string => `${accountId.slice(0, 40)}@mail.jisr.test`;

/** A request whose advisor reads Arabic and whose startup reads Turkish, both with known addresses. */
export async function aRequestWithContacts(
  mail: MailWorld,
  requested: EventOf<'introduction.requested'> = anIntroductionRequested(),
): Promise<Arrived> {
  const { advisorId, startupId } = requested.payload;
  await mail.world.publish(
    TOPICS.account,
    aContactChanged(advisorId, { email: emailOf(advisorId), locale: 'ar', role: 'advisor' }),
    aContactChanged(startupId, { email: emailOf(startupId), locale: 'tr', role: 'startup' }),
  );
  // Profile reports addresses at sign-up, long before any request; here the request must not overtake them.
  for (const id of [advisorId, startupId]) {
    await eventually(
      async () => (await storedDoc(mail.world.dataDir, 'mail_recipients', id)) !== undefined,
      `the address of ${id}`,
    );
  }
  return aRequestIn(mail.world, mail.messaging, requested);
}

/** The advisor accepts the request, as the inbox's Accept button does. */
export const acceptRequest = (mail: MailWorld, arrived: Arrived) =>
  mail.messaging.call('POST', `/v1/introductions/${arrived.introductionId}/accept`, arrived.advisor, {});

/** Every kind of email immediately, but the decision as given. */
export const choicesWithDecision = (decision: 'immediately' | 'daily' | 'never') => ({
  'introduction-request': 'immediately',
  'deadline-reminder': 'immediately',
  decision,
  'message-digest': 'immediately',
  meeting: 'immediately',
});

/** A raw header as it arrived (mailparser folds List-* headers into objects; the raw line is what clients read). */
export const headerOf = (caught: CaughtMail, name: string): string | undefined =>
  caught.mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.slice(name.length + 1)
    .trim();

/** What a mail client does with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`: a form POST, no session. */
export const oneClickUnsubscribe = (caught: CaughtMail): Promise<Response> => {
  const url = /<([^>]+)>/.exec(headerOf(caught, 'List-Unsubscribe') ?? '')?.[1];
  if (url === undefined) throw new Error('the email has no List-Unsubscribe URL');
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
};

/** A fresh mail world for each test of the enclosing describe; read `mail` inside tests only. */
export function aMailWorldPerTest(): { readonly mail: MailWorld } {
  let current: MailWorld | undefined;
  beforeEach(async () => {
    current = await aMailWorld();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get mail() {
      if (current === undefined) throw new Error('the mail world exists only while a test runs');
      return current;
    },
  };
}
