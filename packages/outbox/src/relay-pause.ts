/**
 * The relay's wait between passes: a timer that `nudge()` may cut short (unless the relay is
 * backing off after a failure) and `interrupt()` always ends. A nudge that arrives during a pass
 * is remembered, so an event committed meanwhile does not wait a whole poll interval.
 */
export class RelayPause {
  #end: (() => void) | undefined;
  #nudgeable = false;
  #nudged = false;

  wait(ms: number, nudgeable: boolean): Promise<void> {
    if (nudgeable && this.#nudged) {
      this.#nudged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.interrupt(), ms);
      // A relay someone forgot to stop must not keep the process alive.
      timer.unref();
      this.#nudgeable = nudgeable;
      this.#end = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  nudge(): void {
    if (this.#end && this.#nudgeable) this.interrupt();
    else this.#nudged = true;
  }

  interrupt(): void {
    const end = this.#end;
    this.#end = undefined;
    this.#nudged = false;
    end?.();
  }
}
