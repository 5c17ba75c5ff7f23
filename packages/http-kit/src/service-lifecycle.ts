import type { RunningHttpServer } from './start-http-server';
import { serviceNotReady } from './kit-messages';

/** What a service's runtime.ts returns: the wired parts, how to check them, how to put them away. */
export interface StartedRuntime {
  readiness(): Promise<Record<string, boolean>>;
  stop(): Promise<void>;
}

export interface LifecycleSteps<A extends { close(): Promise<void> }, R extends StartedRuntime> {
  /** Opens the adapters (storage, bus, cache) from config or takes the injected ones. */
  readonly open: () => Promise<A>;
  /** Wires the service on those adapters: runtime.ts. */
  readonly wire: (adapters: A) => Promise<R>;
  /** Starts listening, last, so nothing is served before it can work. */
  readonly serve: () => Promise<RunningHttpServer>;
  /** Runs first on stop, e.g. to end open event streams so the server can close. */
  readonly beforeStop?: () => void;
}

export interface ServiceLifecycle<R> {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  /** The running runtime, or a 503 `SERVICE.NOT_READY` while starting or stopping. */
  runtime(): R;
  /** `/readyz` checks: `started: false` until start() finished. */
  readiness(): Promise<Record<string, boolean>>;
}

/**
 * The start/stop order every service shares: adapters, runtime, HTTP; and the reverse on stop. A
 * half-started service closes what it opened, so no file, connection or relay loop stays open.
 */
export function serviceLifecycle<A extends { close(): Promise<void> }, R extends StartedRuntime>(
  steps: LifecycleSteps<A, R>,
): ServiceLifecycle<R> {
  let runtime: R | undefined;
  let server: RunningHttpServer | undefined;
  let adapters: A | undefined;

  const stop = async (): Promise<void> => {
    steps.beforeStop?.();
    await server?.close();
    await runtime?.stop();
    await adapters?.close();
    server = undefined;
    runtime = undefined;
    adapters = undefined;
  };

  return {
    start: async () => {
      adapters = await steps.open();
      try {
        runtime = await steps.wire(adapters);
        server = await steps.serve();
      } catch (error) {
        await stop();
        throw error;
      }
      return { port: server.port, url: server.url };
    },
    stop,
    runtime: () => {
      if (runtime === undefined) throw serviceNotReady();
      return runtime;
    },
    readiness: async () => (runtime === undefined ? { started: false } : runtime.readiness()),
  };
}
