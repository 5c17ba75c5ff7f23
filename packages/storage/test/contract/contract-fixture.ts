import type { Storage, StoredDoc } from '../../src';

/** A person-like document with every kind of field the filters must handle. */
export interface Person extends StoredDoc {
  readonly email?: string;
  readonly name: { readonly latin: string; readonly ar?: string };
  readonly age?: number;
  readonly city?: string | null;
  readonly active?: boolean;
  readonly tags?: readonly string[];
  readonly languages?: readonly { readonly code: string; readonly level: number }[];
}

let counter = 0;
/** Collection names unique per test, so a shared database never leaks data between tests. */
export const uniqueCollection = (prefix: string): string =>
  `${prefix}_${process.pid}_${Date.now()}_${counter++}`;

export const aPerson = (overrides: Partial<Person> & Pick<Person, '_id'>): Omit<Person, 'version'> => ({
  name: { latin: `Person ${overrides._id}` },
  ...overrides,
});

export const PEOPLE_INDEXES = [
  { name: 'by_email', fields: { email: 1 }, unique: true },
  { name: 'by_city_age', fields: { city: 1, age: -1 } },
] as const;

/** Opens a fresh storage before each test and closes it after; returns a getter for the current one. */
export const useStorage = (open: () => Promise<Storage>): (() => Storage) => {
  let current: Storage | undefined;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('storage is only available inside a test');
    return current;
  };
};

/** A fresh people collection spec; pass the same spec to `tx.collection` inside a transaction. */
export const peopleSpec = () => ({ name: uniqueCollection('people'), indexes: PEOPLE_INDEXES });

export const people = async (storage: Storage, spec = peopleSpec()) => storage.collection<Person>(spec);

/** A promise plus its resolver, to hold a transaction open at a chosen point without sleeping. */
export const gate = (): { opened: Promise<void>; open: () => void } => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
};
