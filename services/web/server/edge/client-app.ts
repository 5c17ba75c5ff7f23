import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request } from 'express';
import { LOCALES, type Locale } from '@jisr/contracts';
import { chooseLocale } from '@jisr/http-kit';
import { cookieOf } from '../session/session-cookie';
import { webProblem } from './web-problems';

export const LANGUAGE_COOKIE = 'jisr_lang';

/** The reader's language: the one they chose (cookie), else the browser's Accept-Language, else English. */
export const languageOf = (req: Request): Locale =>
  LOCALES.find((locale) => locale === cookieOf(req, LANGUAGE_COOKIE)) ?? chooseLocale(req);

/**
 * Serves the built app: hashed assets for a year, and index.html for every other page (the app
 * routes in the browser) with `lang` and `dir` already set, so Arabic starts right-to-left.
 */
export function clientApp(clientDir: string): Router {
  const router = Router();
  const indexFile = join(clientDir, 'index.html');
  const built = existsSync(indexFile);
  const template = built ? readFileSync(indexFile, 'utf8') : '';
  router.use(
    '/assets',
    express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  router.use(express.static(clientDir, { index: false }));
  router.get(/^\/(?!api\/).*/, (req, res) => {
    if (!built) throw webProblem(req, 'WEB.APP_NOT_BUILT');
    const language = languageOf(req);
    const html = template.replace(
      /<html[^>]*>/,
      `<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`,
    );
    res.set('cache-control', 'no-cache').vary('accept-language').vary('cookie').type('html').send(html);
  });
  return router;
}
