import type { CollectionSpec } from '@jisr/storage';
import { TRAINING_COLLECTIONS } from './training-collections';
import { AUDIT_CHAIN, AUDIT_RECORDS } from './audit-collections';

// Every collection profile owns, with the indexes its lookups and the council's filters use.

export const ACCOUNTS: CollectionSpec = {
  name: 'accounts',
  indexes: [
    { name: 'email_key', fields: { emailKey: 1 }, unique: true },
    { name: 'role', fields: { role: 1 } },
  ],
};

export const SESSIONS: CollectionSpec = {
  name: 'session_families',
  indexes: [{ name: 'account', fields: { accountId: 1 } }],
};

export const REFRESH_TOKENS: CollectionSpec = {
  name: 'refresh_tokens',
  indexes: [{ name: 'family', fields: { familyId: 1 } }],
};

/** Emailed links (verification, reset, email change), stored as hashes. */
export const EMAIL_TOKENS: CollectionSpec = {
  name: 'email_tokens',
  indexes: [{ name: 'account', fields: { accountId: 1 } }],
};

export const SIGNING_KEYS: CollectionSpec = { name: 'signing_keys' };

export const STARTUPS: CollectionSpec = {
  name: 'startup_profiles',
  indexes: [
    { name: 'sector', fields: { sector: 1 } },
    { name: 'verification', fields: { 'verification.status': 1 } },
    { name: 'cohort', fields: { 'placement.cohortId': 1 } },
  ],
};

export const ADVISORS: CollectionSpec = {
  name: 'advisor_profiles',
  indexes: [
    { name: 'sectors', fields: { sectors: 1 } },
    { name: 'verification', fields: { 'verification.status': 1 } },
  ],
};

export const PROGRAMMES: CollectionSpec = { name: 'programmes' };

export const CENTRES: CollectionSpec = { name: 'centres' };

export const ORGANISATIONS: CollectionSpec = { name: 'organisations' };

export const NOTICES: CollectionSpec = {
  name: 'council_notices',
  indexes: [
    { name: 'read', fields: { readAt: 1 } },
    { name: 'advisor', fields: { advisorId: 1 } },
  ],
};

/** Four-eyes requests; listed by state, found by what they are about. */
export const APPROVALS: CollectionSpec = {
  name: 'approvals',
  indexes: [
    { name: 'state', fields: { state: 1 } },
    { name: 'target', fields: { 'target.id': 1 } },
  ],
};

export const ALL_COLLECTIONS = [
  ACCOUNTS,
  SESSIONS,
  REFRESH_TOKENS,
  EMAIL_TOKENS,
  SIGNING_KEYS,
  STARTUPS,
  ADVISORS,
  PROGRAMMES,
  CENTRES,
  ORGANISATIONS,
  NOTICES,
  ...TRAINING_COLLECTIONS,
  AUDIT_RECORDS,
  AUDIT_CHAIN,
  APPROVALS,
];
