import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInProcessBus } from '@jisr/event-bus';
import { uniqueName } from '@jisr/test-kit';
import { busContract } from '../contract/bus.contract';

// The embedded runner's bus: the in-process bus on a SQLite log, so the contract adds crash cases.
const dir = mkdtempSync(join(tmpdir(), 'jisr-bus-'));
let file = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

busContract(
  'in-process on SQLite',
  () => ({
    openBus: async (options) => {
      file = join(dir, `${uniqueName('bus')}.sqlite`);
      return createInProcessBus({
        partitions: 3,
        file,
        ...(options?.logger ? { logger: options.logger } : {}),
      });
    },
    reopen: async () => createInProcessBus({ partitions: 3, file }),
    newTopic: async (partitions) => {
      if (partitions !== 3) throw new Error('the in-process buses of this suite have 3 partitions per topic');
      return uniqueName('topic');
    },
    timeoutMs: 10_000,
  }),
  { durable: true },
);
