import type { SendMailOptions } from 'nodemailer';
import type { MailDelivery } from './mail.port';

/** A Message-ID derived from the cause's key, so a repeat of the same cause is recognisable as one. */
export const messageIdFor = (key: string, domain: string): string =>
  `<${Buffer.from(key).toString('base64url')}@${domain}>`;

/** Turns a delivery into nodemailer's message options (shared by the SMTP and folder transports). */
export const mimeOptions = (delivery: MailDelivery, from: string): SendMailOptions => {
  const domain = from.split('@').pop()?.replace(/[>\s]/g, '') || 'jisr.local';
  const { message } = delivery;
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdFor(delivery.key, domain),
    headers: { 'Content-Language': message.language, ...message.headers },
    ...(message.calendar === undefined
      ? {}
      : {
          icalEvent: {
            method: message.calendar.method,
            filename: 'invite.ics',
            content: message.calendar.content,
          },
        }),
  };
};
