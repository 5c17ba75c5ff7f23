import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createInProcessBus } from '@jisr/event-bus';
import { uniqueName, waitFor } from '@jisr/test-kit';
import { Recorder, interleavedEvents, publishInChunks, subscribeRecorder } from '../support/bus-recorder';

const dir = mkdtempSync(join(tmpdir(), 'jisr-bus-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keptMessages = (file: string): number => {
  const db = new BetterSqlite3(file, { readonly: true });
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM bus_messages').get() as { count: number };
  db.close();
  return count;
};

describe('the in-process bus on a SQLite log', () => {
  test('when every group has committed past many messages, then they are pruned and a new group starts at the oldest kept', async () => {
    const file = join(dir, 'pruned.sqlite');
    const bus = createInProcessBus({ file });
    const topic = uniqueName('topic');
    const [first, second] = [new Recorder(), new Recorder()];
    await subscribeRecorder(bus, topic, first);
    await subscribeRecorder(bus, topic, second);

    await publishInChunks(bus, topic, interleavedEvents(10, 60));
    await waitFor(() => bus.pending() === 0, { what: 'both groups to catch up' });

    expect(keptMessages(file)).toBeLessThan(600);
    const late = new Recorder();
    await subscribeRecorder(bus, topic, late);
    const kept = keptMessages(file);
    await waitFor(() => late.deliveries.length === kept, { what: 'the late group to read what is kept' });
    expect(bus.pending()).toBe(0);
    await bus.close();
  });

  test('when the file was made with 3 partitions, then reopening it with another count keeps 3', async () => {
    const file = join(dir, 'partitions.sqlite');
    const events = interleavedEvents(12, 1);
    const before = new Recorder();
    const first = createInProcessBus({ file, partitions: 3 });
    await subscribeRecorder(first, 'topic', before, 'group');
    await first.publish('topic', events);
    await waitFor(() => before.deliveries.length === 12, { what: 'the first deliveries' });
    await first.close();

    const reopened = createInProcessBus({ file, partitions: 5 });
    const after = new Recorder();
    await subscribeRecorder(reopened, 'topic', after, 'other-group');
    await waitFor(() => after.deliveries.length === 12, { what: 'the other group to read them' });

    expect(new Set(after.deliveries.map(({ meta }) => meta.partition))).toEqual(
      new Set(before.deliveries.map(({ meta }) => meta.partition)),
    );
    await reopened.close();
  });
});
