/** One message as the in-process bus keeps it: the JSON value as it would travel, plus headers. */
export interface StoredMessage {
  readonly value: unknown;
  readonly key: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** An append-only, partitioned log: what a Kafka topic is, minus the network. */
export class TopicLog {
  readonly partitions: StoredMessage[][];

  constructor(
    readonly name: string,
    partitionCount: number,
  ) {
    this.partitions = Array.from({ length: partitionCount }, () => []);
  }

  /** Appends by key (same key, same partition, so one aggregate's events stay in order). */
  append(message: StoredMessage): number {
    const partition = partitionOf(message.key, this.partitions.length);
    this.partitions[partition]!.push(message);
    return partition;
  }
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
