import { RelayPause } from './relay-pause';

/**
 * The background loop every relay (events, mail) runs: `step` again and again until stopped.
 * `stop()` ends the wait at once and resolves after the step in flight.
 */
export class RelayLoop {
  readonly pause = new RelayPause();
  #running = false;
  #loop: Promise<void> | undefined;

  get running(): boolean {
    return this.#running;
  }

  /** Idempotent: a second start while running does nothing. */
  start(step: () => Promise<void>): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = (async () => {
      while (this.#running) await step();
    })();
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.pause.interrupt();
    await this.#loop;
    this.#loop = undefined;
  }
}
