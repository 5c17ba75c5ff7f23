/** One message as the in-process bus keeps it: the JSON value as it would travel, plus headers. */
export interface StoredMessage {
  readonly value: unknown;
  readonly key: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * What the in-process bus keeps: append-only partitioned topics (what a Kafka topic is, minus
 * the network) and each consumer group's committed position per partition. In memory it lives
 * as long as the process; in SQLite (`sqlite-log.ts`) it survives a crash, so an event stays
 * until every group that subscribed to its topic has committed past it.
 */
export interface BusLog {
  readonly partitionCount: number;
  /** Appends by key (same key, same partition, so one aggregate's events stay in order). */
  append(topic: string, message: StoredMessage): number;
  /** The next offset to be written in a partition (its length). */
  end(topic: string, partition: number): number;
  /** The oldest offset still kept (messages every group had committed may be pruned). */
  start(topic: string, partition: number): number;
  read(topic: string, partition: number, offset: number): StoredMessage;
  /** The group's next offset to handle, or undefined before it ever committed. */
  committed(groupId: string, topic: string, partition: number): number | undefined;
  commit(groupId: string, topic: string, partition: number, next: number): void;
  /** Messages some group that ever subscribed has not committed yet. */
  backlog(): number;
  close(): void;
}

const keyOf = (...parts: readonly (string | number)[]): string => JSON.stringify(parts);

/** The log in this process's memory: gone with the process. */
export function memoryLog(partitionCount: number): BusLog {
  const topics = new Map<string, StoredMessage[][]>();
  const offsets = new Map<string, { topic: string; partition: number; next: number }>();
  const partitionsOf = (topic: string): StoredMessage[][] => {
    let partitions = topics.get(topic);
    if (!partitions) {
      partitions = Array.from({ length: partitionCount }, () => []);
      topics.set(topic, partitions);
    }
    return partitions;
  };
  const end = (topic: string, partition: number): number => partitionsOf(topic)[partition]!.length;
  return {
    partitionCount,
    append: (topic, message) => {
      const partition = partitionOf(message.key, partitionCount);
      partitionsOf(topic)[partition]!.push(message);
      return partition;
    },
    end,
    start: () => 0,
    read: (topic, partition, offset) => partitionsOf(topic)[partition]![offset]!,
    committed: (groupId, topic, partition) => offsets.get(keyOf(groupId, topic, partition))?.next,
    commit: (groupId, topic, partition, next) => {
      offsets.set(keyOf(groupId, topic, partition), { topic, partition, next });
    },
    backlog: () => {
      let total = 0;
      for (const { topic, partition, next } of offsets.values()) total += end(topic, partition) - next;
      return total;
    },
    close: () => undefined,
  };
}

/** FNV-1a: stable across runs and processes, cheap, spreads short ids well. */
export function partitionOf(key: string, partitionCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitionCount;
}
