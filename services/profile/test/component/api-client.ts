import { httpClient, type CallOptions, type Reply } from '@jisr/test-kit';
import type { TokenPair } from '../../src/domain/accounts/token-pair';
import {
  aProgramme,
  aRegistration,
  aStartupProfile,
  anAdvisorProfile,
  type Registration,
} from '../builders/profile-builders';

export type ApiResponse<T = unknown> = Reply<T>;
export type RequestOptions = CallOptions;

export interface Person {
  readonly accountId: string;
  readonly email: string;
  readonly password: string;
  readonly token: string;
  readonly refreshToken: string;
}

/** Calls the service over real HTTP, as a client would. */
export function apiClient(baseUrl: () => string) {
  const { request } = httpClient(baseUrl);

  const login = async (email: string, password: string): Promise<TokenPair> => {
    const response = await request<TokenPair>('POST', '/v1/sessions', { body: { email, password } });
    if (response.status !== 200)
      throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  /** Registers a new person of `role` and logs them in. */
  const signUp = async (overrides: Partial<Registration> = {}): Promise<Person> => {
    const registration = aRegistration(overrides);
    const registered = await request('POST', '/v1/accounts', { body: registration });
    if (registered.status !== 202)
      throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
    // The registration's answer never names the account (it is the same for a taken email); login does.
    const tokens = await login(registration.email, registration.password);
    return {
      accountId: tokens.accountId,
      email: registration.email,
      password: registration.password,
      token: tokens.accessToken,
      refreshToken: tokens.refreshToken,
    };
  };

  /** A new startup that has saved its profile. */
  const aStartupWithProfile = async (
    overrides: Parameters<typeof aStartupProfile>[0] = {},
  ): Promise<Person> => {
    const startup = await signUp({ role: 'startup' });
    await request('PUT', `/v1/startups/${startup.accountId}`, {
      token: startup.token,
      body: aStartupProfile(overrides),
    });
    return startup;
  };

  /** A new advisor that has saved its profile. */
  const anAdvisorWithProfile = async (
    overrides: Parameters<typeof anAdvisorProfile>[0] = {},
  ): Promise<Person> => {
    const advisor = await signUp({ role: 'advisor' });
    await request('PUT', `/v1/advisors/${advisor.accountId}`, {
      token: advisor.token,
      body: anAdvisorProfile(overrides),
    });
    return advisor;
  };

  /** A programme the council created; returns its id. */
  const aProgrammeBy = async (council: Person): Promise<string> =>
    (
      await request<{ programmeId: string }>('POST', '/v1/programmes', {
        token: council.token,
        body: aProgramme(),
      })
    ).body.programmeId;

  return { request, login, signUp, aStartupWithProfile, anAdvisorWithProfile, aProgrammeBy };
}

export type ApiClient = ReturnType<typeof apiClient>;
