import { DEAD_LETTER_HEADERS, createInProcessBus, openBus } from '@jisr/event-bus';
import type { EventEnvelope } from '@jisr/contracts';
import { silentLogger } from '@jisr/logger';
import { uniqueName, waitFor } from '@jisr/test-kit';
import { Recorder, anEvent, capturedLogger, gate, subscribeRecorder } from '../support/bus-recorder';

describe('createInProcessBus', () => {
  test('when an event is published, then the handler runs after publish returned, never inside its stack', async () => {
    const bus = createInProcessBus();
    const topic = uniqueName('topic');
    let publishReturned = false;
    const seenAfterPublish: boolean[] = [];
    await bus.subscribe({
      groupId: uniqueName('g'),
      topics: [topic],
      handler: async () => void seenAfterPublish.push(publishReturned),
    });

    const publishing = bus.publish(topic, [anEvent('startup-1', 1)]);
    publishReturned = true;
    await publishing;

    await waitFor(() => seenAfterPublish.length === 1);
    expect(seenAfterPublish).toEqual([true]);
    await bus.close();
  });

  test('when a group subscribes with fromBeginning false, then it gets only events published after it joined', async () => {
    const bus = createInProcessBus();
    const topic = uniqueName('topic');
    const before = anEvent('startup-1', 1);
    const after = anEvent('startup-1', 2);
    await bus.publish(topic, [before]);
    const received = new Recorder();
    await bus.subscribe({
      groupId: uniqueName('g'),
      topics: [topic],
      handler: received.handler,
      fromBeginning: false,
    });

    await bus.publish(topic, [after]);

    await waitFor(() => received.deliveries.length >= 1);
    expect([...received.ids()]).toEqual([after.id]);
    await bus.close();
  });

  test('when a published value is not a valid envelope, then it is dead-lettered without reaching the handler', async () => {
    const { logger, lines } = capturedLogger();
    const bus = createInProcessBus({ logger });
    const topic = uniqueName('topic');
    const handled = new Recorder();
    await subscribeRecorder(bus, topic, handled);
    const invalid = { ...anEvent('startup-1', 1), version: -1 } as EventEnvelope;
    const valid = anEvent('startup-1', 2);

    await bus.publish(topic, [invalid, valid]);

    await waitFor(() => handled.deliveries.length >= 1);
    expect([...handled.ids()]).toEqual([valid.id]);
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'event dead-lettered',
        topic,
        error: expect.stringContaining('invalid event envelope'),
      }),
    ]);
    await bus.close();
  });

  test('when a subscription stops while its handler runs, then stop waits for the handler and no later event reaches it', async () => {
    const bus = createInProcessBus({ partitions: 1 });
    const topic = uniqueName('topic');
    const held = gate();
    const handled: number[] = [];
    let started = false;
    const subscription = await bus.subscribe({
      groupId: uniqueName('g'),
      topics: [topic],
      handler: async (event) => {
        started = true;
        if (event.version === 1) await held.opened;
        handled.push(event.version);
      },
    });
    const witness = new Recorder();
    await subscribeRecorder(bus, topic, witness);
    await bus.publish(topic, [anEvent('startup-1', 1), anEvent('startup-1', 2)]);
    await waitFor(() => started, { what: 'the handler to start' });

    const stopping = subscription.stop();
    held.open();
    await stopping;
    await bus.publish(topic, [anEvent('startup-1', 3)]);

    await waitFor(() => witness.deliveries.length === 3, { what: 'another group to see all three' });
    expect(handled).toEqual([1]);
    await subscription.stop();
    await bus.close();
  });

  test('when the bus is closed, then it is not ready and publishing is refused', async () => {
    const bus = createInProcessBus();

    await bus.close();

    expect(await bus.isReady()).toBe(false);
    await expect(bus.publish('any', [anEvent('startup-1', 1)])).rejects.toThrow('event bus is closed');
  });
});

describe('openBus', () => {
  test('when the configuration says memory, then the bus delivers in-process', async () => {
    const bus = openBus({ kind: 'memory' }, silentLogger());
    const topic = uniqueName('topic');
    const received = new Recorder();
    await subscribeRecorder(bus, topic, received);

    await bus.publish(topic, [anEvent('startup-1', 1)]);

    await waitFor(() => received.deliveries.length === 1);
    expect(received.deliveries[0]?.meta.headers).toMatchObject({ 'x-event-type': 'startup.verified' });
    expect(await bus.isReady()).toBe(true);
    expect(DEAD_LETTER_HEADERS.error).toBe('x-dead-letter-error');
    await bus.close();
  });
});
