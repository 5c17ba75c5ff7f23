import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { MailTransport } from './mail.port';
import { mimeOptions } from './mime-message';

/** The file of one cause: the same key always lands in the same file, so a resend replaces it. */
export const emlFileName = (key: string): string => `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`;

/**
 * Embedded mode's "outgoing mail server": each message becomes an `.eml` file (the full MIME
 * message nodemailer would send) that any mail client opens. Written under a temporary name and
 * renamed, so a reader never sees half a message.
 */
export const createMailFolderTransport = (settings: {
  readonly dir: string;
  readonly from: string;
}): MailTransport => {
  const composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  let ready: Promise<unknown> | undefined;
  return {
    kind: 'folder',
    send: async (delivery) => {
      ready ??= mkdir(settings.dir, { recursive: true });
      await ready;
      const info = await composer.sendMail(mimeOptions(delivery, settings.from));
      const file = join(settings.dir, emlFileName(delivery.key));
      const partial = `${file}.partial`;
      await writeFile(partial, info.message as Buffer);
      await rename(partial, file);
    },
    close: async () => {
      composer.close();
    },
  };
};

/** The `.eml` files in a mail folder, newest first (for the start banner and for tests). */
export const listMailFolder = async (dir: string): Promise<string[]> => {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names
      .filter((name) => name.endsWith('.eml'))
      .map(async (name) => ({ path: join(dir, name), at: (await stat(join(dir, name))).mtimeMs })),
  );
  return files.sort((a, b) => b.at - a.at).map((file) => file.path);
};
