import { MongoDBContainer } from '@testcontainers/mongodb';
import { dockerAnswers } from './docker';
import { warnServerMissing } from './server-missing';

export interface MongoServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * MongoDB: `MONGO_URL` → testcontainers `mongo:7` as a single-node replica set (transactions
 * need one) → null, loudly. There is no local fallback: no real mongod installs here (INFRA.md).
 */
export async function startMongo(): Promise<MongoServer | null> {
  const fromEnv = process.env.MONGO_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  if (!(await dockerAnswers())) {
    return warnServerMissing(
      'MongoDB',
      'Set MONGO_URL (a replica set) or start Docker for testcontainers mongo:7.',
    );
  }
  const container = await new MongoDBContainer('mongo:7').start();
  return {
    // The replica set advertises the container's own hostname; connect to the mapped port directly.
    url: `${container.getConnectionString()}/?directConnection=true`,
    stop: async () => void (await container.stop()),
  };
}
