import { loadConfig } from '@jisr/config';
import { createLogger } from '@jisr/logger';
import { createWebService, webConfigSchema } from '@jisr/web';
import type { EmbeddedConfig } from './config';
import type { ServiceEndpoint } from './embedded';

const urlOf = (endpoints: readonly ServiceEndpoint[], name: ServiceEndpoint['name']): string =>
  endpoints.find((endpoint) => endpoint.name === name)?.url ?? '';

/** The web app in front of the three services of this process; its sessions live in memory. */
export async function startWebApp(
  config: EmbeddedConfig,
  endpoints: readonly ServiceEndpoint[],
): Promise<{ url: string; stop(): Promise<void> }> {
  const web = createWebService(
    loadConfig(webConfigSchema, {
      ...config.serviceEnv,
      WEB_PORT: String(config.WEB_PORT),
      WEB_HOST: config.WEB_HOST,
      PROFILE_URL: urlOf(endpoints, 'profile'),
      MATCHING_URL: urlOf(endpoints, 'matching'),
      MESSAGING_URL: urlOf(endpoints, 'messaging'),
      CACHE: 'memory',
    }),
    { logger: createLogger({ service: 'web', level: config.LOG_LEVEL }) },
  );
  const { url } = await web.start();
  return { url, stop: () => web.stop() };
}
