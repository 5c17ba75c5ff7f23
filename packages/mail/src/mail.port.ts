/** The languages every mail is written in; the recipient's decides which one they get. */
export const MAIL_LANGUAGES = ['ar', 'tr', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** One email, already rendered: both bodies, so every mail client shows something readable. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly language: MailLanguage;
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  readonly headers?: Readonly<Record<string, string>>;
  /** A calendar invite (RFC 5546 iTIP), sent as the text/calendar part calendar clients act on. */
  readonly calendar?: { readonly method: 'REQUEST' | 'CANCEL'; readonly content: string };
}

/** What the relay hands a transport: the message and the key of the cause that produced it. */
export interface MailDelivery {
  /** Stable per cause (e.g. `verify-email:<token id>`); also becomes the Message-ID, so receivers can drop repeats. */
  readonly key: string;
  readonly message: MailMessage;
}

/**
 * Where mail leaves Jisr: SMTP in scale-out, a folder of `.eml` files in embedded mode.
 * `send` resolves once the message is accepted; it throws for failures worth retrying.
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'folder';
  send(delivery: MailDelivery): Promise<void>;
  close(): Promise<void>;
}
