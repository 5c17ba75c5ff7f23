import { knownEventOrNull, TOPICS } from '@jisr/contracts';
import type { EventBus, Subscription } from '@jisr/event-bus';
import type { MatchingContext } from '../../domain/matching-context';
import { projectProgressEvent } from '../../domain/progress/project-progress-event.use-case';
import type { ProgressEvent } from '../../domain/progress/startup-progress';

/** Profile's `programme.progress.v1` → each startup's training, milestones and outcomes. */
export const subscribeProgressEvents = (
  bus: EventBus,
  groupPrefix: string,
  ctx: MatchingContext,
): Promise<Subscription> =>
  bus.subscribe({
    groupId: `${groupPrefix}.progress`,
    topics: [TOPICS.progress],
    handler: async (envelope) => {
      const event = knownEventOrNull(envelope);
      if (event === null || !event.type.startsWith('progress.')) return;
      await projectProgressEvent(ctx, event as ProgressEvent);
    },
  });
