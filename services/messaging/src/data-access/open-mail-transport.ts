import { join } from 'node:path';
import { createMailFolderTransport, createSmtpTransport, type MailTransport } from '@jisr/mail';
import type { MessagingConfig } from '../config';

/** SMTP when a server is configured (scale-out); otherwise a folder of .eml files beside the data (embedded). */
export const openMailTransport = (config: MessagingConfig): MailTransport =>
  config.SMTP_URL === undefined
    ? createMailFolderTransport({ dir: join(config.JISR_DATA_DIR, 'mail'), from: config.MAIL_FROM })
    : createSmtpTransport({
        url: config.SMTP_URL,
        from: config.MAIL_FROM,
        requireTls: config.SMTP_REQUIRE_TLS,
      });
