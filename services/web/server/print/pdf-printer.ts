import type { Logger } from '@jisr/logger';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { pageSlots, PrintBusyError } from './page-slots';

export const PRINT_LANGUAGES = ['ar', 'tr', 'en'] as const;
export type PrintLanguage = (typeof PRINT_LANGUAGES)[number];

/** What a page is printed as: its language, and the reader whose session fetches its data. */
export interface PrintOptions {
  readonly lang: PrintLanguage;
  /** The BFF session id of the reader; the page reads its data with the reader's own rights. */
  readonly sessionId?: string;
}

/** Prints the web app's own pages to PDF with one Chromium, a bounded number of pages at a time. */
export interface PdfPrinter {
  /** `path` is an app path (`/print/...`); `print=1` is added so the page styles itself for paper. */
  printPdf(path: string, options: PrintOptions): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PdfPrinterOptions {
  /** The BFF's own origin, known once it listens. */
  readonly origin: () => string;
  readonly chromiumPath: string;
  /** Pages printing at once; further prints wait for a free one. */
  readonly pages: number;
  /** For one print, waiting for a free page included. */
  readonly timeoutMs: number;
  readonly logger: Logger;
}

/** The page did not become ready (or said it failed) within the time allowed. */
export class PrintFailedError extends Error {
  override readonly name = 'PrintFailedError';
}
export { PrintBusyError };

// A page marks itself ready once its data and charts are drawn, or failed when a read was refused.
const READY = '[data-print-ready], [data-print-failed]';
// The app's session and language cookies, as the BFF sets them (see session-cookie.ts, client-app.ts).
const SESSION_COOKIE = 'jisr_session';
const LANGUAGE_COOKIE = 'jisr_lang';

const appPath = (path: string): string => {
  // Only this app's own pages: a path, never another origin (`//host`) or scheme.
  if (!path.startsWith('/') || path.startsWith('//')) throw new PrintFailedError(`not an app path: ${path}`);
  return path;
};

export function createPdfPrinter(options: PdfPrinterOptions): PdfPrinter {
  const slots = pageSlots(options.pages);
  let browser: Promise<Browser> | undefined;
  const launch = (): Promise<Browser> => {
    // One browser for every print; launched on first use and again only if it went away.
    browser ??= chromium
      .launch({
        executablePath: options.chromiumPath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
      })
      .then((launched) => {
        launched.on('disconnected', () => {
          browser = undefined;
        });
        return launched;
      })
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  };

  const render = async (context: BrowserContext, url: URL, deadline: number): Promise<Buffer> => {
    const page = await context.newPage();
    const left = (): number => Math.max(1, deadline - Date.now());
    await page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: left() });
    const marker = await page.waitForSelector(READY, { state: 'attached', timeout: left() });
    if ((await marker.getAttribute('data-print-failed')) !== null)
      throw new PrintFailedError(`the page ${url.pathname} could not load its data`);
    // The page runs in the browser; a string keeps DOM types out of the server's compilation.
    await page.evaluate('document.fonts.ready.then(() => true)');
    page.setDefaultTimeout(left());
    return page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
    });
  };

  return {
    printPdf: async (path, { lang, sessionId }) => {
      const deadline = Date.now() + options.timeoutMs;
      const url = new URL(appPath(path), options.origin());
      url.searchParams.set('print', '1');
      url.searchParams.set('lang', lang);
      return slots.run(deadline, async () => {
        const context = await (await launch()).newContext({ locale: lang });
        try {
          const cookies: { name: string; value: string; url: string }[] = [
            { name: LANGUAGE_COOKIE, value: lang, url: url.origin },
          ];
          if (sessionId !== undefined)
            cookies.push({ name: SESSION_COOKIE, value: sessionId, url: url.origin });
          await context.addCookies(cookies);
          return await render(context, url, deadline);
        } catch (error) {
          if (error instanceof PrintFailedError) throw error;
          options.logger.warn({ err: error, path: url.pathname }, 'printing a page to PDF failed');
          throw new PrintFailedError(`printing ${url.pathname} failed`, { cause: error });
        } finally {
          await context.close();
        }
      });
    },
    close: async () => {
      const running = browser;
      browser = undefined;
      if (running !== undefined) await (await running.catch(() => null))?.close();
    },
  };
}
