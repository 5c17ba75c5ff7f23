import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The lines of every page of a PDF in reading order, read back with pdf.js (`pdfjs-dist`) the way a
 * reader's copy-paste would (see pdf-text.mjs for how right-to-left lines are put back in logical order).
 */
export async function pdfLines(pdf: Uint8Array): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'jisr-pdf-'));
  try {
    const file = join(dir, 'read.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await run(process.execPath, [join(__dirname, 'pdf-text.mjs'), file], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout) as string[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
