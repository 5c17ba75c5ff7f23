import type { Storage } from '../../src';
import { useStorage } from './contract-fixture';
import { documentsContract } from './documents.contract';
import { queriesContract } from './queries.contract';
import { transactionsContract } from './transactions.contract';
import { txHandleContract } from './tx-handle.contract';
import { versionedRepositoryContract } from './versioned-repository.contract';

/**
 * The behaviour every storage adapter must show. Each adapter's test file calls this with a
 * function opening a fresh storage; the suite closes it after each test.
 */
export const describeStorageContract = (name: string, open: () => Promise<Storage>): void => {
  describe(`storage contract: ${name}`, () => {
    const storage = useStorage(open);
    documentsContract(storage);
    queriesContract(storage);
    transactionsContract(storage);
    txHandleContract(storage);
    versionedRepositoryContract(storage);
  });
};
