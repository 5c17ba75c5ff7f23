// npm run bench:web — the JavaScript a first visit downloads before the app can draw, gzipped,
// against the 250 kB budget. It builds the app first, so the number is always the current one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const web = fileURLToPath(new URL('..', import.meta.url));
const client = join(web, 'dist/client');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: web, stdio: 'inherit' });

const html = readFileSync(join(client, 'index.html'), 'utf8');
// The entry script and every module it preloads: what the browser fetches before the first paint.
const initial = [
  ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
].map((match) => match[1]);
let total = 0;
for (const asset of initial) {
  const bytes = gzipSync(readFileSync(join(client, asset)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${asset.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(7)} kB gzipped`);
}
const kb = total / 1024;
console.log(
  `initial JavaScript: ${kb.toFixed(1)} kB gzipped / budget ${BUDGET_KB} kB = ${(kb / BUDGET_KB).toFixed(2)} of the budget (${kb <= BUDGET_KB ? 'within' : 'OVER'})`,
);
