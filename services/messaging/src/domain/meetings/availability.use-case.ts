import type { MessagingContext } from '../messaging-context';
import type { Availability, AvailabilityInput } from './availability';
import { availabilityOf } from './meeting-access';

export function getAvailability(ctx: MessagingContext, advisorId: string): Promise<Availability> {
  return ctx.store.transaction((tx) => availabilityOf(tx, advisorId));
}

/** Replaces the advisor's office hours; meetings already booked keep their times. */
export function setAvailability(
  ctx: MessagingContext,
  advisorId: string,
  input: AvailabilityInput,
): Promise<Availability> {
  return ctx.store.transaction(async (tx) => {
    const current = await availabilityOf(tx, advisorId);
    return tx.availability.save({
      ...input,
      id: advisorId,
      updatedAt: ctx.clock.now().toISOString(),
      version: current.version,
    });
  });
}
