import { Router, type Request, type Response } from 'express';
import { webProblem } from '../edge/web-problems';
import { PRINT_LANGUAGES, type PdfPrinter, type PrintLanguage } from './pdf-printer';
import { sendPdf } from './send-pdf';

const CERTIFICATE_FILE = /^([A-Za-z0-9-]{4,20})\.pdf$/;

const languageOf = (req: Request): PrintLanguage => {
  const asked = req.query['lang'];
  return PRINT_LANGUAGES.find((lang) => lang === asked) ?? 'en';
};

/**
 * `GET /api/certificates/:code.pdf?lang=ar|tr|en`: the public certificate page printed to PDF. The
 * code is checked with profile first, so an unknown one answers profile's 404 instead of a failed print.
 */
export function certificatePdf(printer: PdfPrinter, profileUrl: string): Router {
  const router = Router();
  router.get('/api/certificates/:file', async (req: Request, res: Response) => {
    const code = CERTIFICATE_FILE.exec(String(req.params['file']))?.[1];
    if (code === undefined) {
      res.status(404).json({ code: 'CERTIFICATE.NOT_FOUND', detail: 'No such certificate.', errors: [] });
      return;
    }
    const lang = languageOf(req);
    const known = await fetch(new URL(`/v1/certificates/${code}`, profileUrl), {
      headers: { 'accept-language': lang },
    }).catch((error: unknown) => {
      throw webProblem(req, 'WEB.SERVICE_UNAVAILABLE', error);
    });
    if (!known.ok) {
      res
        .status(known.status)
        .type('application/problem+json')
        .send(await known.text());
      return;
    }
    await sendPdf(req, res, {
      print: () => printer.printPdf(`/certificates/${code}`, { lang }),
      filename: `jisr-certificate-${code}-${lang}.pdf`,
    });
  });
  return router;
}
