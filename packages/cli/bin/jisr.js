#!/usr/bin/env node
// The `jisr` command. The CLI is TypeScript compiled to dist/ by `npm run build` (or `npm start`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('jisr: the CLI is not built yet; run `npm run build` in the Jisr checkout first.\n');
  process.exit(1);
}
require(entry);
