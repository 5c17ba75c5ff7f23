// `npm run deps:check`: outdated direct dependencies of the root and every workspace, majors first.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { formatReport, outdatedReport, type NpmOutdated } from './outdated-report';

const run = promisify(execFile);

async function npmOutdated(): Promise<NpmOutdated> {
  // At the root, npm lists the root's and every workspace's direct dependencies (`dependent` names which).
  const args = ['outdated', '--json'];
  // npm outdated exits with 1 when something is outdated; its JSON is on stdout either way.
  const { stdout } = await run('npm', args, { maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string; code?: number }) => {
      if (error.code === 1 && typeof error.stdout === 'string') return { stdout: error.stdout };
      throw error;
    },
  );
  return stdout.trim() === '' ? {} : (JSON.parse(stdout) as NpmOutdated);
}

/** Majors the project stays behind on purpose; the README's development notes say why. */
const HELD_BACK: Record<string, string> = {
  typescript: 'TypeScript 5 for typescript-eslint; builds use typescript-7',
  '@types/node': 'types of the Node 20 runtime the project supports',
};

void npmOutdated().then((outdated) => {
  const rows = outdatedReport(outdated);
  console.log(formatReport(rows));
  const held = rows.filter((row) => HELD_BACK[row.name] !== undefined);
  for (const row of held) console.log(`held back on purpose: ${row.name} (${HELD_BACK[row.name]})`);
  const majors = rows.filter((row) => row.kind === 'major').length;
  if (majors > 0)
    console.log(`\n${majors} major upgrade(s): read the migration notes first (README, "Upgrading").`);
});
