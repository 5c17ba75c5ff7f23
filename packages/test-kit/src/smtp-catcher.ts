import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait-for';

/** One message the catcher accepted: who the envelope named, and the parsed MIME message. */
export interface CaughtMail {
  readonly envelopeTo: readonly string[];
  readonly mail: ParsedMail;
}

/**
 * A real SMTP server on 127.0.0.1 (nodemailer's `smtp-server`) that keeps what it receives,
 * parsed with `mailparser`, so tests read the email a person would get.
 */
export interface SmtpCatcher {
  /** `smtp://127.0.0.1:<port>` for a transport. */
  readonly url: string;
  readonly received: readonly CaughtMail[];
  /** The next `count` messages are refused with a temporary error (451), as a busy relay would. */
  refuseNext(count: number): void;
  /** Waits (bounded) until `count` messages arrived and returns them. */
  waitForMail(count: number, timeoutMs?: number): Promise<readonly CaughtMail[]>;
  close(): Promise<void>;
}

/** `port` 0 (default) picks a free one; a fixed port lets a test start the server after a client was configured. */
export const startSmtpCatcher = async ({
  port: wanted = 0,
}: { port?: number } = {}): Promise<SmtpCatcher> => {
  const received: CaughtMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
      simpleParser(stream)
        .then((mail) => {
          if (refusals > 0) {
            refusals -= 1;
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            return;
          }
          received.push({ envelopeTo, mail });
          callback();
        })
        .catch((error: unknown) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    waitForMail: (count, timeoutMs = 10_000) =>
      waitFor(() => received.length >= count && [...received], {
        timeoutMs,
        what: `${count} email(s) at the SMTP catcher`,
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
