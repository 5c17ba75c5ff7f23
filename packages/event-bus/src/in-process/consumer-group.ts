import { eventEnvelopeSchema } from '@jisr/contracts';
import type { Logger } from '@jisr/logger';
import { deadLetterTopic, type RetryPolicy, type SubscribeOptions } from '../event-bus.port';
import { DeliveryAborted, deadLetterHeaders, deliverWithRetries } from '../delivery';
import type { BusLog, StoredMessage } from './topic-log';

export interface Member {
  readonly options: SubscribeOptions;
  readonly policy: RetryPolicy;
  stopping: boolean;
  readonly inFlight: Set<Promise<void>>;
}

/** A group's position in one partition: the next offset to deliver and who delivers it. */
interface Cursor {
  readonly topic: string;
  readonly partition: number;
  next: number;
  owner: Member | undefined;
  draining: boolean;
}

export interface GroupDeps {
  readonly log: BusLog;
  readonly deadLetter: (topic: string, message: StoredMessage) => void;
  readonly logger: Logger | undefined;
}

/**
 * One consumer group: members share the partitions (round-robin, rebalanced on every join
 * and leave); each partition is delivered in order by its owner, committed after the handler
 * succeeded or the message went to the dead-letter topic. Positions live in the log, so a
 * group that subscribes again (after a restart, on a durable log) resumes after its last commit.
 */
export class ConsumerGroup {
  private readonly members: Member[] = [];
  private readonly cursors = new Map<string, Cursor>();

  constructor(
    readonly groupId: string,
    private readonly deps: GroupDeps,
  ) {}

  join(member: Member): void {
    const { log } = this.deps;
    for (const topic of member.options.topics) {
      for (let partition = 0; partition < log.partitionCount; partition++) {
        const key = `${topic}:${partition}`;
        if (this.cursors.has(key)) continue;
        let next = log.committed(this.groupId, topic, partition);
        if (next === undefined) {
          const fromStart = member.options.fromBeginning !== false;
          next = fromStart ? log.start(topic, partition) : log.end(topic, partition);
          // Committed at once: from now on this group counts as subscribed, across restarts too.
          log.commit(this.groupId, topic, partition, next);
        }
        this.cursors.set(key, { topic, partition, next, owner: undefined, draining: false });
      }
    }
    this.members.push(member);
    this.rebalance();
  }

  async leave(member: Member): Promise<void> {
    member.stopping = true;
    const index = this.members.indexOf(member);
    if (index >= 0) this.members.splice(index, 1);
    this.rebalance();
    await Promise.allSettled([...member.inFlight]);
  }

  /** Wakes the partition's delivery after a publish (never inside the publisher's stack). */
  wake(topic: string, partition: number): void {
    const cursor = this.cursors.get(`${topic}:${partition}`);
    if (cursor) setImmediate(() => void this.drain(cursor));
  }

  private rebalance(): void {
    const byTopic = new Map<string, Cursor[]>();
    for (const cursor of this.cursors.values()) {
      byTopic.set(cursor.topic, [...(byTopic.get(cursor.topic) ?? []), cursor]);
    }
    for (const [topic, cursors] of byTopic) {
      const eligible = this.members.filter((member) => member.options.topics.includes(topic));
      cursors.forEach((cursor, index) => {
        cursor.owner = eligible.length === 0 ? undefined : eligible[index % eligible.length];
        setImmediate(() => void this.drain(cursor));
      });
    }
  }

  private async drain(cursor: Cursor): Promise<void> {
    if (cursor.draining) return;
    cursor.draining = true;
    try {
      const { log } = this.deps;
      for (
        let owner = cursor.owner;
        owner && cursor.next < log.end(cursor.topic, cursor.partition);
        owner = cursor.owner
      ) {
        const delivery = this.deliver(owner, cursor, log.read(cursor.topic, cursor.partition, cursor.next));
        owner.inFlight.add(delivery);
        await delivery.finally(() => owner.inFlight.delete(delivery));
      }
    } finally {
      cursor.draining = false;
    }
  }

  private async deliver(owner: Member, cursor: Cursor, message: StoredMessage): Promise<void> {
    const { topic } = cursor;
    const source = { topic, partition: cursor.partition, offset: String(cursor.next), groupId: this.groupId };
    const parsed = eventEnvelopeSchema.safeParse(message.value);
    const outcome = parsed.success
      ? await deliverWithRetries(
          owner.options.handler,
          parsed.data,
          { topic, partition: cursor.partition, offset: source.offset, headers: message.headers },
          owner.policy,
          { stopping: () => owner.stopping },
        ).catch((error: unknown) => {
          if (error instanceof DeliveryAborted) return undefined;
          throw error;
        })
      : {
          kind: 'failed' as const,
          error: new Error(`invalid event envelope: ${parsed.error.message}`),
          attempts: 0,
        };
    if (outcome === undefined) return; // abandoned by a stopping member: the next owner redelivers
    if (outcome.kind === 'failed') {
      this.deps.logger?.warn(
        { topic, groupId: this.groupId, error: outcome.error.message },
        'event dead-lettered',
      );
      this.deps.deadLetter(deadLetterTopic(topic), {
        ...message,
        headers: { ...message.headers, ...deadLetterHeaders(outcome.error, source, outcome.attempts) },
      });
    }
    cursor.next += 1;
    this.deps.log.commit(this.groupId, topic, cursor.partition, cursor.next);
  }
}
