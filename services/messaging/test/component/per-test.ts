import { aWorld, startInstance, type Instance, type World } from './harness';

/** A fresh world and running instance for each test of the enclosing describe; read them inside tests only. */
export interface PerTest {
  readonly world: World;
  readonly messaging: Instance;
  /** Stops the running instance and starts another on the same world with extra settings. */
  restartWith(env: Record<string, string>): Promise<Instance>;
}

export function aMessagingPerTest(): PerTest {
  let current: { world: World; messaging: Instance } | undefined;
  const now = () => {
    if (current === undefined) throw new Error('the world exists only while a test runs');
    return current;
  };
  beforeEach(async () => {
    const world = await aWorld();
    current = { world, messaging: await startInstance(world) };
  });
  afterEach(async () => {
    const { world, messaging } = now();
    current = undefined;
    await messaging.service.stop();
    await world.close();
  });
  return {
    get world() {
      return now().world;
    },
    get messaging() {
      return now().messaging;
    },
    restartWith: async (env) => {
      const live = now();
      await live.messaging.service.stop();
      live.messaging = await startInstance({ ...live.world, env });
      return live.messaging;
    },
  };
}
