import type { EventEnvelope } from '@jisr/contracts';
import { createInProcessBus } from '@jisr/event-bus';
import { uniqueName, waitFor } from '@jisr/test-kit';
import { drainable } from '../../deploy/embedded/src/drainable-bus';

const anEvent = (n: number): EventEnvelope => ({
  id: `event-${n}`,
  type: 'test.happened',
  occurredAt: new Date(Date.UTC(2025, 9, 21)).toISOString(),
  aggregateId: `aggregate-${n}`,
  version: 1,
  payload: { n },
});

/** A handler that waits until the test opens the gate, counting what it handled. */
const gated = () => {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const handled: string[] = [];
  return {
    handled,
    open: () => open(),
    handler: async (event: EventEnvelope) => {
      await gate;
      handled.push(event.id);
    },
  };
};

describe('drainable (the embedded runner’s bus)', () => {
  test('when events are published, then drain resolves only after every group has handled every one', async () => {
    const bus = drainable(createInProcessBus());
    const topic = uniqueName('topic');
    const [first, second] = [gated(), gated()];
    await bus.subscribe({ groupId: uniqueName('first'), topics: [topic], handler: first.handler });
    await bus.subscribe({ groupId: uniqueName('second'), topics: [topic], handler: second.handler });

    await bus.publish(topic, [anEvent(1), anEvent(2), anEvent(3)]);
    expect(bus.pending()).toBe(6);
    const drained = bus.drain(5_000);
    first.open();
    second.open();

    expect(await drained).toBe(true);
    expect(bus.pending()).toBe(0);
    expect(first.handled.sort()).toEqual(['event-1', 'event-2', 'event-3']);
    expect(second.handled.sort()).toEqual(['event-1', 'event-2', 'event-3']);
    await bus.close();
  });

  test('when a group joins after events were published, then drain waits for it to read them from the beginning', async () => {
    const bus = drainable(createInProcessBus());
    const topic = uniqueName('topic');
    await bus.publish(topic, [anEvent(1), anEvent(2)]);
    const late = gated();
    await bus.subscribe({ groupId: uniqueName('late'), topics: [topic], handler: late.handler });

    expect(bus.pending()).toBe(2);
    late.open();

    expect(await bus.drain(5_000)).toBe(true);
    expect(late.handled).toHaveLength(2);
    await bus.close();
  });

  test('when a handler keeps failing, then its message counts as settled once it goes to the dead-letter topic', async () => {
    const bus = drainable(createInProcessBus());
    const topic = uniqueName('topic');
    const dead: string[] = [];
    await bus.subscribe({
      groupId: uniqueName('dlq-reader'),
      topics: [`${topic}.dlq`],
      handler: async (e) => void dead.push(e.id),
    });
    await bus.subscribe({
      groupId: uniqueName('failing'),
      topics: [topic],
      retry: { maxAttempts: 2, initialBackoffMs: 1 },
      handler: async () => {
        throw new Error('cannot handle this');
      },
    });

    await bus.publish(topic, [anEvent(1)]);

    expect(await bus.drain(5_000)).toBe(true);
    expect(bus.pending()).toBe(0);
    expect(await waitFor(() => dead.length > 0 && dead, { what: 'the dead letter' })).toEqual(['event-1']);
    await bus.close();
  });

  test('when a consumer does not finish in time, then drain answers false instead of waiting forever', async () => {
    const bus = drainable(createInProcessBus());
    const topic = uniqueName('topic');
    const stuck = gated();
    await bus.subscribe({ groupId: uniqueName('stuck'), topics: [topic], handler: stuck.handler });
    await bus.publish(topic, [anEvent(1)]);

    expect(await bus.drain(50)).toBe(false);

    stuck.open();
    expect(await bus.drain(5_000)).toBe(true);
    await bus.close();
  });
});
