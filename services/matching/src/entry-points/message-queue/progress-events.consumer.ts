import { knownEventOrNull, TOPICS } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { ProgressEvent } from '../../domain/progress/startup-progress';

/** Profile's `programme.progress.v1` → each startup's training, milestones and outcomes. */
export const subscribeProgressEvents = (
  bus: EventBus,
  groupPrefix: string,
  project: (event: ProgressEvent) => Promise<unknown>,
): Promise<Subscription> =>
  bus.subscribe({
    groupId: `${groupPrefix}.progress`,
    topics: [TOPICS.progress],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event === null || !event.type.startsWith('progress.')) return;
      await project(event as ProgressEvent);
    },
  });
