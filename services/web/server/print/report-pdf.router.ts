import { AppError, type FieldIssue } from '@jisr/errors';
import { Router, type Request, type Response } from 'express';
import { webProblem } from '../edge/web-problems';
import type { SessionKeeper } from '../session/session-keeper';
import { PRINT_LANGUAGES, type PdfPrinter, type PrintLanguage } from './pdf-printer';
import { sendPdf } from './send-pdf';

const SCOPES = ['programme', 'cohort', 'centre'] as const;
type Scope = (typeof SCOPES)[number];
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const issue = (path: string, message: string): FieldIssue => ({ path, code: 'invalid_value', message });
const isScope = (value: string): value is Scope => SCOPES.some((scope) => scope === value);
const languageOf = (value: unknown): PrintLanguage | null =>
  value === undefined ? 'en' : (PRINT_LANGUAGES.find((language) => language === value) ?? null);

/**
 * `GET /api/reports/{programme|cohort|centre}/:id.pdf?lang=ar|tr|en`: the console's report page,
 * printed by Chromium with the reader's own session. Matching is asked first with the reader's token,
 * so a reader it refuses gets matching's own 403/404 problem, not a PDF of an error page.
 */
export function reportPdfRouter(printer: PdfPrinter, matchingUrl: string, keeper: SessionKeeper): Router {
  const router = Router();
  router.get('/api/reports/:scope/:file', async (req: Request, res: Response) => {
    const scope = String(req.params.scope);
    const id = /^(.+)\.pdf$/.exec(String(req.params.file))?.[1] ?? '';
    const lang = languageOf(req.query.lang);
    const issues = [
      ...(isScope(scope) ? [] : [issue('scope', 'Use programme, cohort or centre.')]),
      ...(ID.test(id) ? [] : [issue('id', 'Name the report by its id, ending in .pdf.')]),
      ...(lang !== null ? [] : [issue('lang', 'Use ar, tr or en.')]),
    ];
    if (!isScope(scope) || lang === null || issues.length > 0) {
      const problem = webProblem(req, 'WEB.BAD_REPORT');
      throw new AppError(problem.code, problem.message, { status: problem.status, errors: issues });
    }
    const signedIn = await keeper.current(req);
    if (signedIn === null) throw webProblem(req, 'WEB.SIGNED_OUT');
    const answer = await fetch(new URL(`/v1/reports/${scope}/${encodeURIComponent(id)}`, matchingUrl), {
      headers: { authorization: `Bearer ${signedIn.session.accessToken}`, 'accept-language': lang },
    }).catch((error: unknown) => {
      throw webProblem(req, 'WEB.SERVICE_UNAVAILABLE', error);
    });
    if (!answer.ok) {
      res
        .status(answer.status)
        .type(answer.headers.get('content-type') ?? 'application/problem+json')
        .send(await answer.text());
      return;
    }
    await answer.body?.cancel();
    await sendPdf(req, res, {
      print: () => printer.printPdf(`/print/reports/${scope}/${id}`, { lang, sessionId: signedIn.id }),
      filename: `jisr-${scope}-${id}-${lang}.pdf`,
    });
  });
  return router;
}
