const warned = new Set<string>();

/**
 * The one loud line a skipped suite leaves behind: what is missing and how to get it.
 * Printed once per server kind and process, so a run is not flooded with it.
 */
export function warnServerMissing(server: string, howToGetIt: string): null {
  if (!warned.has(server)) {
    warned.add(server);
    console.warn(`\u26a0\ufe0f  SKIPPED: no ${server} available. ${howToGetIt}`);
  }
  return null;
}
