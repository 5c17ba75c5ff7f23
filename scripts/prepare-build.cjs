// `npm install` / `npm ci` run this (the root `prepare` script): build what `npm start` runs with the
// native TypeScript 7 compiler now, so the first start does not wait for a build.
// Plain JavaScript on purpose: it runs before anything is built. It never fails the install: without
// dev dependencies (a production install) there is no compiler, and a build error is shown again,
// in full, by `npm start` or `npm run build`.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
let tsc;
try {
  tsc = join(require.resolve('typescript-7/package.json', { paths: [root] }), '..', 'bin', 'tsc');
} catch {
  console.log('prepare: typescript-7 is not installed (production install?); skipping the build');
  process.exit(0);
}
const started = Date.now();
const build = spawnSync(process.execPath, [tsc, '-b', 'deploy/embedded'], { cwd: root, stdio: 'inherit' });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (build.status === 0)
  console.log(`prepare: built deploy/embedded and what it uses in ${seconds} s (TypeScript 7)`);
else
  console.warn(`prepare: the build failed (exit ${build.status}); npm start will build again and show why`);
