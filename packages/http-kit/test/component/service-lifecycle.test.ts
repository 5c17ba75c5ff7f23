import { createHttpApp, serviceLifecycle, startHttpServer } from '../../src';
import { capturedLogger, problemOf, startTestApp } from '../fixtures/test-app';

interface Probe {
  readonly events: string[];
}

// Adapters and a runtime that only record what happened to them, in order.
const stepsRecordingInto = (probe: Probe, failWiring = false) => ({
  open: async () => {
    probe.events.push('open');
    return { close: async () => void probe.events.push('close adapters') };
  },
  wire: async () => {
    if (failWiring) throw new Error('wiring failed');
    probe.events.push('wire');
    return {
      greeting: 'marhaba',
      readiness: async () => ({ storage: true }),
      stop: async () => void probe.events.push('stop runtime'),
    };
  },
});

describe('serviceLifecycle', () => {
  test('when a route needs the runtime before start and after stop, then it answers 503 SERVICE.NOT_READY in the caller’s language', async () => {
    const probe: Probe = { events: [] };
    const { logger } = capturedLogger();
    const lifecycle = serviceLifecycle({
      ...stepsRecordingInto(probe),
      serve: () => startHttpServer(app, { port: 0, logger }),
    });
    const app = createHttpApp({
      service: 'kit-test',
      logger,
      readiness: lifecycle.readiness,
      routes: (router) =>
        router.get('/v1/greeting', (_req, res) => void res.json(lifecycle.runtime().greeting)),
    });
    const early = await startTestApp((router) =>
      router.get('/v1/greeting', (_req, res) => void res.json(lifecycle.runtime().greeting)),
    );
    const before = await fetch(`${early.url}/v1/greeting`, { headers: { 'accept-language': 'ar' } });
    await early.server.close();

    const { url } = await lifecycle.start();
    const started = await fetch(`${url}/v1/greeting`);
    const ready = await fetch(`${url}/readyz`);
    await lifecycle.stop();

    expect([before.status, await problemOf(before)]).toEqual([
      503,
      expect.objectContaining({ code: 'SERVICE.NOT_READY', detail: expect.stringMatching(/الخدمة/) }),
    ]);
    expect([started.status, await started.json(), ready.status]).toEqual([200, 'marhaba', 200]);
    expect(() => lifecycle.runtime()).toThrow(expect.objectContaining({ code: 'SERVICE.NOT_READY' }));
    expect(probe.events).toEqual(['open', 'wire', 'stop runtime', 'close adapters']);
  });

  test('when wiring fails, then start rejects and the adapters it opened are closed', async () => {
    const probe: Probe = { events: [] };
    const lifecycle = serviceLifecycle({
      ...stepsRecordingInto(probe, true),
      serve: () => Promise.reject(new Error('never reached')),
    });

    await expect(lifecycle.start()).rejects.toThrow('wiring failed');
    expect([probe.events, await lifecycle.readiness()]).toEqual([
      ['open', 'close adapters'],
      { started: false },
    ]);
  });
});
