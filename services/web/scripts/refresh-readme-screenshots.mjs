// npm run screenshots -w @jisr/web — runs the end-to-end stories (which write screenshots of the main
// pages in ar, tr and en to e2e-artifacts/), then copies one Arabic and one English page, and the council's
// pipeline in both, to docs/screenshots/, where the README shows them. Run it after a visible change to the app.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const docs = join(web, '..', '..', 'docs', 'screenshots');
const README_SHOTS = {
  // From the introduction story (e2e/introduction-story.e2e.ts): the matches in Arabic, a live reply in English.
  'story-matches-ar.png': 'web-ar.png',
  'story-thread-reply-en.png': 'web-en.png',
  // The council console's pipeline, written by e2e/console.e2e.ts.
  'console-pipeline-en.png': 'console-pipeline-en.png',
  'console-pipeline-ar.png': 'console-pipeline-ar.png',
};

execFileSync('npm', ['run', 'e2e'], { cwd: web, stdio: 'inherit' });
mkdirSync(docs, { recursive: true });
for (const [artifact, shown] of Object.entries(README_SHOTS)) {
  copyFileSync(join(web, 'e2e-artifacts', artifact), join(docs, shown));
  console.log(`docs/screenshots/${shown} ← e2e-artifacts/${artifact}`);
}
