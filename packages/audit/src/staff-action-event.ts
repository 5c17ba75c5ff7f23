import { randomUUID } from 'node:crypto';
import {
  makeEvent,
  type AuditAction,
  type AuditActor,
  type AuditService,
  type AuditTarget,
  type EventOf,
} from '@jisr/contracts';
import { changedFields } from './field-filter';

/** The claims of a verified access token that say who acted (staff roles and organisation may be absent). */
export interface ActingPrincipal {
  readonly sub: string;
  readonly staffRoles?: readonly string[];
  readonly organisationId?: string;
}

/** The audit log's actor for a signed-in principal. */
export const auditActorOf = (principal: ActingPrincipal): AuditActor => ({
  accountId: principal.sub,
  ...(principal.organisationId === undefined ? {} : { organisationId: principal.organisationId }),
  staffRoles: [...(principal.staffRoles ?? [])],
});

export interface StaffActionInput {
  readonly service: Exclude<AuditService, 'profile'>;
  readonly actor: ActingPrincipal;
  readonly action: AuditAction;
  readonly target: AuditTarget;
  /** The target before and after; only the fields that differ travel, secrets withheld. */
  readonly before?: object | null;
  readonly after?: object | null;
  readonly at: Date;
  readonly correlationId?: string | undefined;
}

/**
 * `audit.action-recorded` for a staff action of matching or messaging, to go through the service's
 * outbox with the change it records. Each action is its own aggregate, so `version` is always 1.
 */
export function staffActionEvent(input: StaffActionInput): EventOf<'audit.action-recorded'> {
  const actionId = randomUUID();
  const { before, after } = changedFields(input.before ?? null, input.after ?? null);
  return makeEvent('audit.action-recorded', {
    id: actionId,
    aggregateId: actionId,
    version: 1,
    occurredAt: input.at,
    correlationId: input.correlationId,
    payload: {
      actionId,
      service: input.service,
      actor: auditActorOf(input.actor),
      action: input.action,
      target: input.target,
      before,
      after,
      at: input.at.toISOString(),
    },
  });
}
