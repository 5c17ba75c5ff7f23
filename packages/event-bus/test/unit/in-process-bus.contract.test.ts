import { createInProcessBus } from '@jisr/event-bus';
import { uniqueName } from '@jisr/test-kit';
import { busContract } from '../contract/bus.contract';

busContract('in-process', () => ({
  openBus: async (options) =>
    createInProcessBus({ partitions: 3, ...(options?.logger ? { logger: options.logger } : {}) }),
  newTopic: async (partitions) => {
    if (partitions !== 3) throw new Error('the in-process buses of this suite have 3 partitions per topic');
    return uniqueName('topic');
  },
  timeoutMs: 5000,
}));
