export * from './audit-record';
export { canonicalJson } from './canonical-json';
export { changedFields, isWithheld, redact, REDACTED } from './field-filter';
export * from './audit-chain';
export { auditActorOf, staffActionEvent } from './staff-action-event';
export type { ActingPrincipal, StaffActionInput } from './staff-action-event';
