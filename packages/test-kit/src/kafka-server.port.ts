/** A Kafka cluster a test can use, with fault injection where the server allows it. */
export interface KafkaServer {
  /** Bootstrap servers, `host:port`. */
  readonly brokers: readonly string[];
  /** Broker ids usable with `brokerDown` / `brokerUp`. */
  readonly brokerIds: readonly number[];
  /** False on the mock built from Debian's librdkafka 2.0.2 (no InitProducerId support). */
  readonly supportsIdempotentProducer: boolean;
  createTopic(name: string, partitions: number): Promise<void>;
  /** Refuses connections to one broker (and drops the open ones) until `brokerUp`. */
  brokerDown(id: number): Promise<void>;
  brokerUp(id: number): Promise<void>;
  stop(): Promise<void>;
}

export interface KafkaTopic {
  readonly name: string;
  readonly partitions: number;
}
