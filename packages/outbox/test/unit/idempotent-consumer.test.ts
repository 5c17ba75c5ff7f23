import { createInProcessBus } from '@jisr/event-bus';
import { type Storage, type StoredDoc, createSqliteStorage } from '@jisr/storage';
import { waitFor } from '@jisr/test-kit';
import { type ProcessOutcome, createIdempotentConsumer } from '../../src';
import { anEvent } from '../support/events';

interface AdvisorLoad extends StoredDoc {
  readonly active: number;
}

const LOADS = { name: 'advisor_loads' };
const TOPIC = 'introduction.v1';

/** The read-model change an `introduction.accepted` causes: one more active introduction. */
const countAcceptance = async (tx: Storage, advisorId: string): Promise<void> => {
  const loads = await tx.collection<AdvisorLoad>(LOADS);
  const load = await loads.get(advisorId);
  await (load
    ? loads.update({ ...load, active: load.active + 1 }, load.version)
    : loads.insert({ _id: advisorId, active: 1 }));
};

describe('idempotent consumer', () => {
  let storage: Storage;

  beforeEach(() => {
    storage = createSqliteStorage(':memory:');
  });
  afterEach(() => storage.close());

  test('when the bus delivers the same event twice, then it is applied once', async () => {
    const bus = createInProcessBus({});
    const consumer = createIdempotentConsumer(storage, 'matching.advisor-load');
    const outcomes: ProcessOutcome[] = [];
    const subscription = await bus.subscribe({
      groupId: 'matching',
      topics: [TOPIC],
      handler: async (event) => {
        outcomes.push(await consumer.process(event, (tx) => countAcceptance(tx, 'advisor-1')));
      },
    });
    const accepted = anEvent({ type: 'introduction.accepted', aggregateId: 'intro-1' });

    await bus.publish(TOPIC, [accepted]);
    await bus.publish(TOPIC, [accepted]);
    await waitFor(() => outcomes.length === 2, { what: 'two deliveries' });

    expect(outcomes).toEqual(['applied', 'duplicate']);
    expect(await (await storage.collection<AdvisorLoad>(LOADS)).get('advisor-1')).toMatchObject({
      active: 1,
    });
    await subscription.stop();
    await bus.close();
  });

  test('when the work fails, then the event is not recorded and a redelivery applies it', async () => {
    const consumer = createIdempotentConsumer(storage, 'matching.advisor-load');
    const accepted = anEvent({ type: 'introduction.accepted', aggregateId: 'intro-2' });

    const first = consumer.process(accepted, async (tx) => {
      await countAcceptance(tx, 'advisor-2');
      throw new Error('read model unavailable');
    });
    await expect(first).rejects.toThrow('read model unavailable');
    const second = await consumer.process(accepted, (tx) => countAcceptance(tx, 'advisor-2'));

    expect(second).toBe('applied');
    expect(await (await storage.collection<AdvisorLoad>(LOADS)).get('advisor-2')).toMatchObject({
      active: 1,
    });
  });

  test('when two consumers receive one event, then each applies it once for itself', async () => {
    const accepted = anEvent({ type: 'introduction.accepted', aggregateId: 'intro-3' });
    const pipeline = createIdempotentConsumer(storage, 'matching.pipeline');
    const load = createIdempotentConsumer(storage, 'matching.advisor-load');

    const outcomes = [
      await pipeline.process(accepted, (tx) => countAcceptance(tx, 'pipeline')),
      await load.process(accepted, (tx) => countAcceptance(tx, 'advisor-3')),
      await load.process(accepted, (tx) => countAcceptance(tx, 'advisor-3')),
    ];

    expect(outcomes).toEqual(['applied', 'applied', 'duplicate']);
  });
});
