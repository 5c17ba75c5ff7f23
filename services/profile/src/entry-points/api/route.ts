import { unauthorized } from '@jisr/errors';
import type { Role } from '@jisr/auth';
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Actor, Trace } from '../../domain/profile-context';

/** Who may call a route: nobody needs a token (`public`), any signed-in user (`signed-in`), or these roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** Null only on public routes. */
  readonly actor: Actor | null;
  readonly trace: Trace;
  readonly req: Request;
  readonly res: Response;
}

export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
}

/**
 * One HTTP operation: its schemas are what the router parses with and what the OpenAPI
 * document is generated from, so the documentation cannot drift from the code.
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

export const defineRoute = <P = undefined, Q = undefined, B = undefined>(spec: RouteSpec<P, Q, B>): Route =>
  spec as unknown as Route;

/** The shared response of operations that answer with nothing. */
export const noContent: RouteResult = { status: 204 };

/** The caller of a signed-in route; mountRoutes always sets it there, so null means a public route misused it. */
export function signedIn(actor: Actor | null): Actor {
  if (actor === null) throw unauthorized('AUTH.INVALID_TOKEN', 'A bearer access token is required.');
  return actor;
}
