import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startJisr, type RunningJisr } from './jisr-system';

/**
 * One running Jisr (`npm start` on a fresh data directory) and one Chromium for the stories of a
 * file: started before its first test, stopped after its last. Read them inside tests only.
 */
export function storySystem(): { readonly jisr: () => RunningJisr; readonly browser: () => Browser } {
  let jisr: RunningJisr | undefined;
  let browser: Browser | undefined;
  before(async () => {
    jisr = await startJisr();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await jisr?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the story system is not started yet');
    return value;
  };
  return { jisr: () => started(jisr), browser: () => started(browser) };
}
