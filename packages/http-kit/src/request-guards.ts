import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { kitError } from './kit-messages';

export const REQUEST_ID_HEADER = 'x-request-id';
const TRUSTED_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane token, else a fresh UUID; echoed back as the correlation id. */
export function correlationIdOf(req: IncomingMessage, res: ServerResponse): string {
  const id = correlationIdFrom(req);
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** The same correlation id, for an answer that writes its headers itself. */
export function correlationIdFrom(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && TRUSTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export const JSON_TYPES = ['application/json', 'application/*+json'];

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * A body in any other media type is refused with 415 before parsing. A `Content-Length: 0` request
 * counts as bodiless, so `POST /…/accept` without a body and without a content type is fine.
 * Paths in `formPaths` may also send a form: mail clients post one-click unsubscribes (RFC 8058) so.
 */
export const requireJsonBody =
  (formPaths?: RegExp): RequestHandler =>
  (req, _res, next) => {
    if (formPaths?.test(req.path) === true && req.is(FORM_TYPE) !== false) return next();
    // req.is: null without a body, false for a body of another type.
    if (req.is(JSON_TYPES) === false && req.headers['content-length'] !== '0') {
      next(kitError('REQUEST.UNSUPPORTED_MEDIA_TYPE', { status: 415 }));
      return;
    }
    next();
  };
