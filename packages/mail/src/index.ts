export {
  MAIL_LANGUAGES,
  type MailDelivery,
  type MailLanguage,
  type MailMessage,
  type MailTransport,
} from './mail.port';
export { createSmtpTransport, type SmtpSettings } from './smtp-transport';
export { createMailFolderTransport, emlFileName, listMailFolder } from './mail-folder-transport';
export { messageIdFor } from './mime-message';
export {
  MAIL_OUTBOX_SPEC,
  createMailOutbox,
  type MailOutbox,
  type MailOutboxEntry,
  type MailOutboxOptions,
} from './mail-outbox';
export { createMailRelay, type MailRelay, type MailRelayOptions } from './mail-relay';
export { renderEmail, type EmailContent, type RenderedEmail } from './email-layout';
export { fillText, mailLanguageOf, mailTextProblems, type MailTexts } from './mail-texts';
export { mailEnvShape, mailFolderOf, openMailTransport, type MailEnv } from './mail-env';
