export { authenticate, principalOf, requireRole } from './middleware';
export {
  ACCESS_ROLES,
  BOOTSTRAP_STAFF_ROLES,
  ROLES,
  STAFF_ROLES,
  accessRolesOf,
  emailUnverified,
  hasStaffRole,
  holderOf,
  mayAct,
  roleSchema,
  staffRoleSchema,
} from './roles';
export type { AccessRole, Actor, Principal, Role, StaffRole } from './roles';
export { signAccessToken } from './sign-access-token';
export type { AccessTokenOptions, TokenHolder } from './sign-access-token';
export { generateSigningKey, jwksSchema, publicJwkSchema } from './signing-key';
export type { PublicJwk, SigningKey } from './signing-key';
export { PublicKeyCache } from './public-key-cache';
export { createTokenVerifier } from './token-verifier';
export type { TokenVerifier, TokenVerifierOptions } from './token-verifier';
export { createKeyVault } from './key-encryption';
export type { KeyVault } from './key-encryption';
