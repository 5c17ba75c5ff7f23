export { createHttpApp } from './create-http-app';
export type { HttpAppOptions } from './create-http-app';
export { decodeCursor, encodeCursor, limitSchema, pageOf } from './cursor-page';
export type { Page } from './cursor-page';
export type { Readiness } from './health';
export { parseWith } from './parse-with';
export type { RequestPart } from './parse-with';
export { sendProblem, toAppError } from './problem';
export { rateLimit } from './rate-limit';
export type { RateLimitMiddlewareOptions } from './rate-limit';
export { REQUEST_ID_HEADER } from './request-guards';
export { runUntilSignal } from './run-until-signal';
export type { RunOptions } from './run-until-signal';
export { startHttpServer } from './start-http-server';
export type { HttpServerOptions, RunningHttpServer } from './start-http-server';
export { DEFAULT_LOCALE, chooseLocale, localeFromHeader } from './accept-language';
export { rejectHostileKeys } from './hostile-keys';
export { localizeProblems } from './localize-problems';
export type { ErrorCatalogue } from './localize-problems';
export { PLATFORM_ERRORS, serviceNotReady } from './kit-messages';
export {
  defineRoute,
  JsonText,
  noContent,
  problems,
  signedIn,
  signedInVerified,
  STREAMED,
} from './routes/route';
export type {
  Access,
  ResponseSpec,
  Route,
  RouteInput,
  RouteReply,
  RouteResult,
  RouteSpec,
} from './routes/route';
export { mountRoutes } from './routes/mount-routes';
export type { MountOptions } from './routes/mount-routes';
export { openApiDocument } from './routes/openapi';
export type { ApiDescription, JsonSchema } from './routes/openapi';
export { serveApi } from './routes/serve-api';
export { routesOf, documentedPaths } from './routes/route-coverage';
export { serviceLifecycle } from './service-lifecycle';
export type { LifecycleSteps, ServiceLifecycle, StartedRuntime } from './service-lifecycle';
export { csvCell, toCsv } from './csv';
export type { CsvCell } from './csv';
