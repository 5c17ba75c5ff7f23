import { constants, gzipSync } from 'node:zlib';
import { emailUnverified, type AccessRole, type Principal } from '@jisr/auth';
import { unauthorized } from '@jisr/errors';
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { kitError } from '../kit-messages';

/**
 * Who may call a route: nobody needs a token (`public`), any signed-in user (`signed-in`), or these
 * access roles — startups and advisors by account kind, staff by the staff roles their token carries.
 */
export type Access = 'public' | 'signed-in' | readonly AccessRole[];

export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** Null only on public routes. */
  readonly actor: Principal | null;
  /** The request's correlation id travels into the events a use case writes. */
  readonly trace: { readonly correlationId?: string };
  readonly req: Request;
  readonly res: Response;
}

/** A JSON (or, with a text content type, string) answer the mount writes. */
export interface RouteReply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Smaller bodies go out as they are: gzip's header and CPU outweigh the bytes it saves. */
const GZIP_FROM_BYTES = 2048;

/**
 * A JSON body the route serialised itself: a hot route assembles it from parts it keeps serialised
 * (a page of 20 explained matches is ~23 KB, and stringifying it whole was a tenth of the route's
 * CPU). The mount writes it as `application/json`, gzipped for a client that accepts gzip when it is
 * large; the gzip is made once per JsonText, so a route that serves the same one again (a reader
 * polling an unchanged page) sends ~3 KB without compressing again.
 */
export class JsonText {
  readonly bytes: Buffer;
  #gzipped: Buffer | undefined;

  constructor(text: string | Buffer) {
    this.bytes = typeof text === 'string' ? Buffer.from(text) : text;
  }

  get worthGzipping(): boolean {
    return this.bytes.length >= GZIP_FROM_BYTES;
  }

  gzipped(): Buffer {
    return (this.#gzipped ??= gzipSync(this.bytes, { level: constants.Z_BEST_SPEED }));
  }
}

/** The handler wrote the response itself (a stream); the mount leaves it alone. */
export const STREAMED = Symbol('streamed');

export type RouteResult = RouteReply | typeof STREAMED;

export interface ResponseSpec {
  readonly description: string;
  /** The body's shape; none for problem+json answers (documented once) and empty ones. */
  readonly schema?: z.ZodType;
  /** `application/json` unless said otherwise (`text/csv`, `text/event-stream`). */
  readonly contentType?: string;
}

/**
 * One HTTP operation: its schemas are what the mount parses with and what the OpenAPI document is
 * generated from, so the documentation cannot drift from the code.
 */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** Express syntax, `/v1/startups/:startupId`. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly access: Access;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  /** Extra guards after authentication and before parsing (rate limits). */
  readonly before?: readonly RequestHandler[];
  handle(input: RouteInput<P, Q, B>): Promise<RouteResult>;
}

/** Erases a route's type parameters so routes of different shapes can share one list. */
export type Route = RouteSpec<never, never, never>;

/** Defines one operation; the same value is mounted (`mountRoutes`) and documented (`openApiDocument`). */
export const defineRoute = <P = undefined, Q = undefined, B = undefined>(spec: RouteSpec<P, Q, B>): Route =>
  spec as unknown as Route;

/** The shared response of operations that answer with nothing. */
export const noContent: RouteReply = { status: 204 };

/** The caller of a signed-in route; the mount always sets it there, so null means a public route misused it. */
export function signedIn(actor: Principal | null): Principal {
  if (actor === null) throw unauthorized('AUTH.INVALID_TOKEN', 'A bearer access token is required.');
  return actor;
}

/**
 * The caller, who must have verified their email address (requesting or accepting introductions):
 * an unverified account may sign in and look around, but not reach people yet.
 */
export function signedInVerified(actor: Principal | null): Principal {
  const principal = signedIn(actor);
  if (emailUnverified(principal)) throw kitError('AUTH.EMAIL_UNVERIFIED', { status: 403 });
  return principal;
}

/** The standard error answers, documented once; routes add 409, 422, 429 where they can happen. */
export const problems = {
  400: { description: 'Invalid input (problem+json with errors[])' },
  401: { description: 'No valid access token' },
  403: { description: 'Not allowed for this caller' },
  404: { description: 'Not found' },
} as const satisfies Record<number, ResponseSpec>;
