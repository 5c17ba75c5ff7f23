import { type MongoServer, startMongo, uniqueName } from '@jisr/test-kit';
import { MongoClient } from 'mongodb';
import { createMongoStorage } from '../../src';
import { describeStorageContract } from '../contract/storage.contract';

/*
 * Jest must know while collecting tests whether this suite runs, so it runs when MONGO_URL names
 * a replica set (set by hand, by CI, or by a global setup that started one through testcontainers).
 * No mongod can be installed on the project's own machines (INFRA.md), so there it skips loudly.
 */
const mongoUrl = process.env.MONGO_URL ?? '';
const available = mongoUrl !== '';

if (!available) {
  console.warn(
    '\u26a0\ufe0f  SKIPPED: MongoDB storage contract — no MONGO_URL. Point it at a replica set ' +
      '(e.g. docker run -p 27017:27017 mongo:7 --replSet rs0, then rs.initiate()) to run it.',
  );
}

(available ? describe : describe.skip)('MongoDB adapter', () => {
  let server: MongoServer | null = null;
  const databases: string[] = [];

  beforeAll(async () => {
    server = await startMongo();
  }, 120_000);

  afterAll(async () => {
    if (!server) return;
    const client = await MongoClient.connect(server.url);
    for (const database of databases) await client.db(database).dropDatabase();
    await client.close();
    await server.stop();
  });

  describeStorageContract('MongoDB', async () => {
    if (!server) throw new Error(`MONGO_URL is ${mongoUrl} but startMongo() found no server there`);
    const database = uniqueName('jisr_storage').replace(/-/g, '_');
    databases.push(database);
    return createMongoStorage({ url: server.url, database });
  });
});
