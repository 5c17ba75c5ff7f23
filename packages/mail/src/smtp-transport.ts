import { createTransport } from 'nodemailer';
import type { MailTransport } from './mail.port';
import { mimeOptions } from './mime-message';

export interface SmtpSettings {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
  readonly url: string;
  /** The sender, e.g. `Jisr <no-reply@jisr.example>`. */
  readonly from: string;
  /** Refuse to send without TLS (STARTTLS must succeed); on for real relays, off for a local catcher. */
  readonly requireTls?: boolean;
  /** Check the server's certificate (default true); off only for a local catcher with a self-signed one. */
  readonly rejectUnauthorized?: boolean;
  /** Give up on a silent server after this long, so the relay retries instead of hanging (default 15 s). */
  readonly timeoutMs?: number;
}

/** Sends through an SMTP server with nodemailer, one pooled connection reused between messages. */
export const createSmtpTransport = (settings: SmtpSettings): MailTransport => {
  const timeout = settings.timeoutMs ?? 15_000;
  const transport = createTransport({
    url: settings.url,
    pool: true,
    maxConnections: 1,
    requireTLS: settings.requireTls ?? false,
    tls: { rejectUnauthorized: settings.rejectUnauthorized ?? true },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    kind: 'smtp',
    send: async (delivery) => {
      await transport.sendMail(mimeOptions(delivery, settings.from));
    },
    close: async () => {
      transport.close();
    },
  };
};
