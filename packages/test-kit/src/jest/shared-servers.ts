/** What global-setup started, kept on globalThis for global-teardown (same jest process). */
export interface SharedServers {
  readonly stops: (() => Promise<void>)[];
}

const key = '__jisrSharedServers';

export function rememberServers(servers: SharedServers): void {
  (globalThis as Record<string, unknown>)[key] = servers;
}

export function takeServers(): SharedServers {
  const store = globalThis as Record<string, unknown>;
  const servers = (store[key] as SharedServers | undefined) ?? { stops: [] };
  delete store[key];
  return servers;
}
