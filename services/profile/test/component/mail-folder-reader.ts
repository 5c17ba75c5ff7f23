import { readFile } from 'node:fs/promises';
import { listMailFolder } from '@jisr/mail';
import { waitFor } from '@jisr/test-kit';
import { simpleParser, type ParsedMail } from 'mailparser';

const recipientsOf = (mail: ParsedMail): string[] =>
  [mail.to ?? []].flat().flatMap((to) => to.value.map((entry) => (entry.address ?? '').toLowerCase()));

/** Reads embedded mode's mail folder as a person's mail client would: parsed, per recipient. */
export const mailFolderReader =
  (folder: string) =>
  async (address: string, count = 1): Promise<ParsedMail[]> =>
    waitFor(
      async () => {
        const mails = await Promise.all(
          (await listMailFolder(folder)).map(async (file) => simpleParser(await readFile(file))),
        );
        // The folder lists newest first; a person reads oldest first.
        const mine = mails.filter((mail) => recipientsOf(mail).includes(address.toLowerCase())).reverse();
        return mine.length >= count && mine;
      },
      { what: `${count} email(s) to ${address}`, timeoutMs: 10_000 },
    );

/** The token of the link in an email's text body. */
export const linkToken = (mail: ParsedMail): string => {
  const token = /[?&]token=([\w-]+)/.exec(mail.text ?? '')?.[1];
  if (token === undefined) throw new Error(`no link with a token in: ${mail.text ?? ''}`);
  return token;
};
