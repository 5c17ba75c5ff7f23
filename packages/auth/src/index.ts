export { authenticate, principalOf, requireRole } from './middleware';
export { ROLES, roleSchema } from './roles';
export type { Principal, Role } from './roles';
export { signAccessToken } from './sign-access-token';
export type { AccessTokenOptions } from './sign-access-token';
export { generateSigningKey, jwksSchema, publicJwkSchema } from './signing-key';
export type { PublicJwk, SigningKey } from './signing-key';
export { createTokenVerifier } from './token-verifier';
export type { TokenVerifier, TokenVerifierOptions } from './token-verifier';
