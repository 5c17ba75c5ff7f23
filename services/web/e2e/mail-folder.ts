import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The token of the link of `kind` (the mail's cause: `verify`, `reset`, …) emailed to `address`, read from embedded mode's mail folder as a
 * person would open the .eml file. Quoted-printable soft breaks are undone first.
 */
export async function linkTokenFor(
  dataDir: string,
  kind: string,
  address: string,
  timeoutMs = 20_000,
): Promise<string> {
  const folder = join(dataDir, 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.startsWith(`${kind}_`) && file.endsWith('.eml'))) {
      const eml = (await readFile(join(folder, name), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      if (!new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}`, 'mi').test(eml)) continue;
      const token = /[?&]token=([\w-]+)/.exec(eml)?.[1];
      if (token !== undefined) return token;
    }
    if (Date.now() > deadline) throw new Error(`no ${kind} email to ${address} in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
