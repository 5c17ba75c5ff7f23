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

/** Visual (left-to-right) order of a right-to-left line → its logical order. */
const logical = (visual) => {
  if (!ARABIC.test(visual)) return visual;
  const runs = [];
  for (const char of visual) {
    const kind = kindOf(char);
    const last = runs.at(-1);
    if (last !== undefined && last.kind === kind) last.text += char;
    else runs.push({ kind, text: char });
  }
  // A neutral (space, punctuation) between two left-to-right runs belongs to them; any other to the line.
  runs.forEach((run, at) => {
    if (run.kind === 'N') run.kind = runs[at - 1]?.kind === 'L' && runs[at + 1]?.kind === 'L' ? 'L' : 'R';
  });
  const merged = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last !== undefined && last.kind === run.kind) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged
    .reverse()
    .map((run) => (run.kind === 'R' ? [...run.text].reverse().join('') : run.text))
    .join('')
    .trim();
};

const linesOf = (items) => {
  const byBaseline = new Map();
  for (const item of items) {
    if (!('str' in item) || item.str === '') continue;
    const y = Math.round(item.transform[5]);
    const glyph = {
      x: item.transform[4],
      width: item.width,
      size: Math.abs(item.transform[3]) || 10,
      text: item.str,
    };
    byBaseline.set(y, [...(byBaseline.get(y) ?? []), glyph]);
  }
  return [...byBaseline.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, glyphs]) => {
      glyphs.sort((a, b) => a.x - b.x);
      let visual = '';
      let end = null;
      for (const glyph of glyphs) {
        if (end !== null && glyph.x - end > glyph.size * 0.2) visual += ' ';
        visual += glyph.text;
        end = glyph.x + glyph.width;
      }
      return logical(visual.replace(/\s+/g, ' ').trim()).normalize('NFKC');
    })
    .filter((line) => line !== '');
};

const data = new Uint8Array(readFileSync(process.argv[2]));
const document = await getDocument({ data, disableFontFace: true, isEvalSupported: false }).promise;
const pages = [];
for (let number = 1; number <= document.numPages; number += 1)
  pages.push(linesOf((await (await document.getPage(number)).getTextContent()).items));
process.stdout.write(JSON.stringify(pages));
