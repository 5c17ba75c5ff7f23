import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KafkaServer } from './kafka-server.port';

/**
 * The shared cluster of a jest run lives in jest's main process; test workers reach its
 * topic creation through this small HTTP endpoint on 127.0.0.1.
 */
export async function serveKafkaControl(
  kafka: KafkaServer,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      handle(kafka, req.method ?? 'GET', body).then(
        (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface CreateTopicCommand {
  readonly name: string;
  readonly partitions: number;
}

async function handle(kafka: KafkaServer, method: string, body: string): Promise<unknown> {
  if (method === 'GET')
    return { brokerIds: kafka.brokerIds, supportsIdempotentProducer: kafka.supportsIdempotentProducer };
  const command = JSON.parse(body) as CreateTopicCommand;
  await kafka.createTopic(command.name, command.partitions);
  return {};
}

/**
 * The shared cluster as seen from a test worker. No fault injection: a broker taken down here
 * would fail every other test file of the run. `stop` leaves the cluster to the others.
 */
export async function controlledKafka(brokers: readonly string[], url: string): Promise<KafkaServer> {
  const call = async (command?: CreateTopicCommand): Promise<unknown> => {
    const res = await fetch(url, command ? { method: 'POST', body: JSON.stringify(command) } : {});
    if (!res.ok) throw new Error(`kafka control: ${await res.text()}`);
    return res.json();
  };
  const info = (await call()) as { brokerIds: number[]; supportsIdempotentProducer: boolean };
  return {
    brokers,
    ...info,
    createTopic: async (name, partitions) => void (await call({ name, partitions })),
    brokerDown: sharedClusterRefuses,
    brokerUp: sharedClusterRefuses,
    stop: async () => undefined,
  };
}

function sharedClusterRefuses(): Promise<void> {
  return Promise.reject(
    new Error('no fault injection on the shared cluster: use startKafka({ exclusive: true })'),
  );
}
