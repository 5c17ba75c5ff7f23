import type { Request, Response } from 'express';
import { webProblem } from '../edge/web-problems';
import { PrintBusyError } from './pdf-printer';

/**
 * Answers with a printed PDF as a download; a printer that stayed busy answers 503, one whose page
 * failed 502. Every PDF route of the BFF (reports, certificates) answers through this one.
 */
export async function sendPdf(
  req: Request,
  res: Response,
  pdf: { readonly print: () => Promise<Buffer>; readonly filename: string },
): Promise<void> {
  const bytes = await pdf.print().catch((error: unknown) => {
    throw webProblem(req, error instanceof PrintBusyError ? 'WEB.PRINT_BUSY' : 'WEB.PRINT_FAILED', error);
  });
  res
    .status(200)
    .set({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${pdf.filename}"`,
      'cache-control': 'no-store',
    })
    .send(bytes);
}
