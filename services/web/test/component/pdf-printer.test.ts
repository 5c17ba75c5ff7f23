import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@jisr/config';
import { silentLogger } from '@jisr/logger';
import { createWebService, webConfigSchema, type WebService } from '../../server/app';
import { PrintBusyError, PrintFailedError } from '../../server/print/pdf-printer';
import { pdfLines } from '../support/pdf-text';

const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>print</title></head>${body}</html>`;

// Pages the BFF serves as its built app: one ready to print, one that never is, one that failed.
const clientDir = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'jisr-print-')), 'client');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'index.html'),
    page(
      '<body data-print-ready="true"><h1>تقرير الأثر للدفعة الأولى</h1><p>الشركات الناشئة: 46</p><p>Startups 46, meetings 17</p></body>',
    ),
  );
  writeFileSync(join(dir, 'waiting.html'), page('<body><p>still loading</p></body>'));
  writeFileSync(join(dir, 'refused.html'), page('<body data-print-failed="403"><p>refused</p></body>'));
  return dir;
};

const startWeb = async (env: Record<string, string>): Promise<WebService> => {
  const web = createWebService(
    loadConfig(webConfigSchema, { WEB_PORT: '0', WEB_CLIENT_DIR: clientDir(), LOG_LEVEL: 'silent', ...env }),
    { logger: silentLogger() },
  );
  await web.start();
  return web;
};

describe('the PDF printer of the web BFF', () => {
  let web: WebService;
  beforeAll(async () => {
    web = await startWeb({ PDF_PAGES: '2', PDF_TIMEOUT_MS: '60000' });
  });
  afterAll(() => web.stop());

  test('when an Arabic page is printed, then its PDF reads back with the Arabic words in logical order', async () => {
    const pdf = await web.printer.printPdf('/console/reports/cohort/c1', { lang: 'ar' });

    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const [lines] = await pdfLines(pdf);
    expect(lines).toEqual(['تقرير الأثر للدفعة الأولى', 'الشركات الناشئة: 46', 'Startups 46, meetings 17']);
  });

  test('when more pages are printed at once than the pool holds, then every one is printed', async () => {
    const prints = await Promise.all(
      ['ar', 'tr', 'en', 'ar'].map((lang) => web.printer.printPdf('/print/x', { lang: lang as 'ar' })),
    );

    const texts = await Promise.all(prints.map(async (pdf) => (await pdfLines(pdf)).flat().join('\n')));
    expect(texts.every((text) => text.includes('Startups 46'))).toBe(true);
  });

  test('when a page says its data was refused, then the print fails at once', async () => {
    const started = Date.now();
    await expect(web.printer.printPdf('/refused.html', { lang: 'en' })).rejects.toThrow(/could not load/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test('when a path names another origin, then nothing is printed', async () => {
    await expect(web.printer.printPdf('//example.com/x', { lang: 'en' })).rejects.toBeInstanceOf(
      PrintFailedError,
    );
  });
});

describe('the PDF printer with one page', () => {
  test('when the one page is held by a page that never gets ready, then that print fails at its timeout and the next is refused as busy', async () => {
    const web = await startWeb({ PDF_PAGES: '1', PDF_TIMEOUT_MS: '2500' });
    try {
      const stuck = web.printer.printPdf('/waiting.html', { lang: 'en' }).catch((error: unknown) => error);
      const next = web.printer.printPdf('/print/x', { lang: 'en' });

      await expect(next).rejects.toBeInstanceOf(PrintBusyError);
      expect(await stuck).toBeInstanceOf(PrintFailedError);
    } finally {
      await web.stop();
    }
  });
});
