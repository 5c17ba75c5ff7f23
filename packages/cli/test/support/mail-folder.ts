import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@jisr/test-kit';

/**
 * The token in the link of the `kind` email (`verify`, `reset`, …) sent to `address`, read from
 * embedded mode's mail folder as a person would open the .eml file; quoted-printable breaks undone.
 */
export const linkTokenFor = (dataDir: string, kind: string, address: string): Promise<string> => {
  const folder = join(dataDir, 'mail');
  const to = new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}`, 'mi');
  return waitFor(
    async () => {
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names.filter((file) => file.startsWith(`${kind}_`) && file.endsWith('.eml'))) {
        const eml = (await readFile(join(folder, name), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        const token = to.test(eml) ? /[?&]token=([\w-]+)/.exec(eml)?.[1] : undefined;
        if (token !== undefined) return token;
      }
      return undefined;
    },
    { timeoutMs: 20_000, intervalMs: 100, what: `a ${kind} email to ${address}` },
  );
};
