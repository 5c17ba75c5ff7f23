import { join } from 'node:path';
import { boolVar, urlVar } from '@jisr/config';
import { z } from 'zod';
import type { MailTransport } from './mail.port';
import { createMailFolderTransport } from './mail-folder-transport';
import { createSmtpTransport } from './smtp-transport';

/**
 * The mail variables every sending service reads (spread into its config schema). With
 * `SMTP_URL` mail goes to that server; without it, to `.eml` files in `JISR_DATA_DIR/mail`.
 */
export const mailEnvShape = {
  /** `smtp://user:pass@host:587` (STARTTLS) or `smtps://…:465`; unset in embedded mode. */
  SMTP_URL: urlVar().optional(),
  /** The sender every email carries. */
  MAIL_FROM: z.string().min(3).default('Jisr <no-reply@jisr.local>'),
  /** Refuse to send unless the connection is encrypted (STARTTLS must succeed). */
  SMTP_REQUIRE_TLS: boolVar(false),
  /** Check the SMTP server's certificate; turn off only for a local catcher with a self-signed one. */
  SMTP_TLS_REJECT_UNAUTHORIZED: boolVar(true),
  /** Where links in emails point: the web app's public address. */
  PUBLIC_WEB_URL: urlVar('http://127.0.0.1:4000'),
};

export interface MailEnv {
  readonly JISR_DATA_DIR: string;
  readonly SMTP_URL?: string | undefined;
  readonly MAIL_FROM: string;
  readonly SMTP_REQUIRE_TLS: boolean;
  readonly SMTP_TLS_REJECT_UNAUTHORIZED: boolean;
}

/** The mail folder of embedded mode (also named in the start banner). */
export const mailFolderOf = (dataDir: string): string => join(dataDir, 'mail');

/** SMTP when `SMTP_URL` is set (scale-out), the mail folder otherwise (embedded mode). */
export const openMailTransport = (env: MailEnv): MailTransport =>
  env.SMTP_URL === undefined
    ? createMailFolderTransport({ dir: mailFolderOf(env.JISR_DATA_DIR), from: env.MAIL_FROM })
    : createSmtpTransport({
        url: env.SMTP_URL,
        from: env.MAIL_FROM,
        requireTls: env.SMTP_REQUIRE_TLS,
        rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED,
      });
