// Prints the lines of each page of a PDF as JSON (an array of pages, each an array of lines), in
// logical (reading) order. A separate process because pdf.js is an ES module, which Jest's CommonJS
// runtime cannot load.
//
// Chromium places each glyph of shaped Arabic on its own, so pdf.js returns glyphs in visual order
// (left to right) and as presentation forms. A reader's copy-paste rebuilds the text: glyphs are
// grouped into lines by their baseline, ordered by x, and a line holding Arabic is turned back into
// logical order (the order of its runs reversed, and the characters within Arabic runs); NFKC maps
// presentation forms to letters. Text drawn in the wrong order therefore reads back wrong.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js 6 uses Promise.withResolvers, which Node has from 22 on; Jisr also runs on Node 20.
Promise.withResolvers ??= () => {
  const resolvers = {};
  resolvers.promise = new Promise((resolve, reject) => Object.assign(resolvers, { resolve, reject }));
  return resolvers;
};

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const STRONG_LTR = /[A-Za-z0-9\u00c0-\u024f\u0660-\u0669]/;
const kindOf = (char) =>
  ARABIC.test(char) && !/[\u0660-\u0669]/.test(char) ? 'R' : STRONG_LTR.test(char) ? 'L' : 'N';

/** Visual (left-to-right) glyphs of a right-to-left line → its text in logical order. */
const logical = (glyphs) => {
  const visual = glyphs.join('');
  if (!ARABIC.test(visual)) return visual;
  // A ligature (lam-alef) is one glyph of two letters already in logical order: glyphs move, not letters.
  const runs = [];
  for (const glyph of glyphs) {
    const kind = kindOf(glyph[0] ?? ' ');
    const last = runs.at(-1);
    if (last !== undefined && last.kind === kind) last.glyphs.push(glyph);
    else runs.push({ kind, glyphs: [glyph] });
  }
  // A neutral (space, punctuation) between two left-to-right runs belongs to them; any other to the line.
  runs.forEach((run, at) => {
    if (run.kind === 'N') run.kind = runs[at - 1]?.kind === 'L' && runs[at + 1]?.kind === 'L' ? 'L' : 'R';
  });
  const merged = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last !== undefined && last.kind === run.kind) last.glyphs.push(...run.glyphs);
    else merged.push({ kind: run.kind, glyphs: [...run.glyphs] });
  }
  return merged
    .reverse()
    .map((run) => (run.kind === 'R' ? [...run.glyphs].reverse() : run.glyphs).join(''))
    .join('')
    .trim();
};

// Glyphs drawn one after another without a gap form a chunk, kept in drawing order (Chromium draws a
// shaped run left to right; sorting overlapping Arabic glyphs by x would swap them); chunks (table
// cells, words) are then ordered by x.
const linesOf = (items) => {
  const byBaseline = new Map();
  items.forEach((item) => {
    if (!('str' in item) || item.str === '') return;
    const y = Math.round(item.transform[5]);
    const glyph = {
      x: item.transform[4],
      width: item.width,
      size: Math.abs(item.transform[3]) || 10,
      text: item.str,
    };
    byBaseline.set(y, [...(byBaseline.get(y) ?? []), glyph]);
  });
  return [...byBaseline.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, glyphs]) => {
      const chunks = [];
      for (const glyph of glyphs) {
        const last = chunks.at(-1);
        if (last !== undefined && Math.abs(glyph.x - last.end) <= glyph.size * 0.2) {
          last.glyphs.push(glyph.text);
          last.end = glyph.x + glyph.width;
        } else chunks.push({ x: glyph.x, end: glyph.x + glyph.width, glyphs: [glyph.text] });
      }
      chunks.sort((a, b) => a.x - b.x);
      const visual = chunks.flatMap((chunk, at) => (at === 0 ? chunk.glyphs : [' ', ...chunk.glyphs]));
      return logical(visual.filter((g) => g.trim() !== '' || g === ' '))
        .replace(/\s+/g, ' ')
        .trim()
        .normalize('NFKC');
    })
    .filter((line) => line !== '');
};

const data = new Uint8Array(readFileSync(process.argv[2]));
const document = await getDocument({ data, disableFontFace: true, isEvalSupported: false }).promise;
const pages = [];
for (let number = 1; number <= document.numPages; number += 1)
  pages.push(linesOf((await (await document.getPage(number)).getTextContent()).items));
process.stdout.write(JSON.stringify(pages));
