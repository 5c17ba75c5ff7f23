import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@jisr/config';
import { createInProcessBus } from '@jisr/event-bus';
import { silentLogger } from '@jisr/logger';
import { createProfileService, profileConfigSchema, type ProfileService } from '@jisr/profile';
import { createWebService, webConfigSchema, type WebService } from '../../server/app';
import { profileSessions, type ProfileSessions } from '../../server/session/profile-sessions';
import type { Session } from '../../server/session/session-store';

export const COUNCIL = { email: 'council@bff.jisr.test', password: 'council-bootstrap-password' };

export interface BffHarness {
  readonly webUrl: string;
  readonly profileUrl: string;
  /** Every token pair profile handed the BFF, to prove none of them reaches the browser. */
  readonly issued: Session[];
  readonly revoked: string[];
  /** Moves the BFF's clock, e.g. past an access token's expiry. */
  advance(ms: number): void;
  stop(): Promise<void>;
}

/**
 * The real profile service (SQLite, in-process bus) behind the real BFF, both on port 0; matching and
 * messaging calls go to profile too (answering 404) unless a test brings its own messaging.
 */
export async function startBff(options: { messagingUrl?: string } = {}): Promise<BffHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'jisr-web-'));
  const clientDir = join(dir, 'client');
  mkdirSync(clientDir);
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div></body></html>',
  );
  const bus = createInProcessBus({});
  const profile: ProfileService = createProfileService(
    loadConfig(profileConfigSchema, {
      PROFILE_PORT: '0',
      JISR_DATA_DIR: dir,
      STORAGE: 'sqlite',
      BUS: 'memory',
      CACHE: 'memory',
      JWT_ISSUER: 'http://profile.jisr.test',
      JWT_AUDIENCE: 'jisr',
      PASSWORD_SCRYPT_COST: '10',
      SIGNING_KEY_SECRETS: 'web-component-test-key-encryption-secret',
      COUNCIL_BOOTSTRAP_EMAIL: COUNCIL.email,
      COUNCIL_BOOTSTRAP_PASSWORD: COUNCIL.password,
      LOG_LEVEL: 'silent',
    }),
    { bus, logger: silentLogger() },
  );
  const profileUrl = (await profile.start()).url;
  const issued: Session[] = [];
  const revoked: string[] = [];
  let offset = 0;
  const now = (): number => Date.now() + offset;
  const real = profileSessions(profileUrl, now);
  const watched: ProfileSessions = {
    login: async (credentials, language) => {
      const session = await real.login(credentials, language);
      issued.push(session);
      return session;
    },
    refresh: async (token) => {
      const session = await real.refresh(token);
      issued.push(session);
      return session;
    },
    revoke: async (token) => {
      await real.revoke(token);
      revoked.push(token);
    },
  };
  const web: WebService = createWebService(
    loadConfig(webConfigSchema, {
      WEB_PORT: '0',
      PROFILE_URL: profileUrl,
      MATCHING_URL: profileUrl,
      MESSAGING_URL: options.messagingUrl ?? profileUrl,
      WEB_CLIENT_DIR: clientDir,
      LOG_LEVEL: 'silent',
    }),
    { logger: silentLogger(), profileSessions: watched, now },
  );
  const webUrl = (await web.start()).url;
  return {
    webUrl,
    profileUrl,
    issued,
    revoked,
    advance: (ms) => {
      offset += ms;
    },
    stop: async () => {
      await web.stop();
      await profile.stop();
      await bus.close();
    },
  };
}
