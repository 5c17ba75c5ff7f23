import { takeServers } from './shared-servers';

/** Stops what global-setup started, last started first. */
export default async function globalTeardown(): Promise<void> {
  const { stops } = takeServers();
  for (const stop of stops.reverse()) await stop();
}
