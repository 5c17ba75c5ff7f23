import type { EventBus } from '@jisr/event-bus';
import { uniqueName, waitFor } from '@jisr/test-kit';
import {
  Recorder,
  gate,
  interleavedEvents,
  publishInChunks,
  subscribeRecorder,
} from '../support/bus-recorder';
import { type BusFixture, type OpenBusOptions, TEST_TIMEOUT_MS } from './bus.contract';

const overlap = (a: Set<string>, b: Set<string>): string[] => [...a].filter((id) => b.has(id));

/**
 * Part of the bus contract for adapters whose log outlives the process: a "crash" leaves the
 * first bus as a killed process would (handlers stuck mid-event, nothing closed or committed),
 * and `reopen` opens the same log again as the restarted process does.
 */
export function crashCases(
  fixture: () => BusFixture,
  openBus: (options?: OpenBusOptions) => Promise<EventBus>,
): void {
  const until = (probe: () => boolean, what: string) =>
    waitFor(probe, { timeoutMs: fixture().timeoutMs, what });

  test(
    'when the process dies mid-stream, then after a restart the group gets every event it had not committed, and none it had',
    async () => {
      const crashed = await openBus();
      const topic = await fixture().newTopic(3);
      const held = gate();
      let calls = 0;
      let stuck = 0;
      const victim = new Recorder(async () => {
        if (++calls <= 30) return;
        stuck += 1;
        await held.opened; // the process is gone: this handler never finishes
        throw new Error('killed');
      });
      const groupId = uniqueName('crashing-group');
      await subscribeRecorder(crashed, topic, victim, groupId);
      const beforeCrash = interleavedEvents(10, 10);
      await publishInChunks(crashed, topic, beforeCrash);
      await until(() => victim.deliveries.length === 30 && stuck > 0, 'the victim stuck after 30');

      const restarted = await fixture().reopen!();
      const successor = new Recorder();
      await subscribeRecorder(restarted, topic, successor, groupId);
      const afterRestart = interleavedEvents(5, 4);
      await restarted.publish(topic, afterRestart);

      const all = new Set([...beforeCrash, ...afterRestart].map((event) => event.id));
      const handled = () => new Set([...victim.ids(), ...successor.ids()]);
      await until(() => handled().size === all.size, 'every event handled before or after the crash');
      expect(handled()).toEqual(all);
      expect(overlap(victim.ids(), successor.ids())).toEqual([]);
      expect(successor.deliveries).toHaveLength(all.size - 30);
      const stopping = crashed.close();
      held.open();
      await stopping;
      await restarted.close();
    },
    TEST_TIMEOUT_MS,
  );

  test(
    'when a group is not running while events are published and the process crashes, then the group gets them after the restart',
    async () => {
      const crashed = await openBus();
      const topic = await fixture().newTopic(3);
      const groupId = uniqueName('absent-group');
      const first = new Recorder();
      const subscription = await subscribeRecorder(crashed, topic, first, groupId);
      await subscription.stop();
      const events = interleavedEvents(3, 3);
      await crashed.publish(topic, events); // acknowledged, then the process is killed

      const restarted = await fixture().reopen!();
      const second = new Recorder();
      await subscribeRecorder(restarted, topic, second, groupId);

      await until(() => second.deliveries.length >= events.length, 'the events after the restart');
      expect(second.ids()).toEqual(new Set(events.map((event) => event.id)));
      expect(first.deliveries).toEqual([]);
      await crashed.close();
      await restarted.close();
    },
    TEST_TIMEOUT_MS,
  );
}
