import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStorage } from '../../src';
import { describeStorageContract } from '../contract/storage.contract';

const directory = mkdtempSync(join(tmpdir(), 'jisr-storage-'));
let files = 0;

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describeStorageContract('SQLite file', async () =>
  createSqliteStorage(join(directory, `store-${files++}.db`)),
);
describeStorageContract('SQLite :memory:', async () => createSqliteStorage(':memory:'));
