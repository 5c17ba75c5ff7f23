import { afterEach, beforeEach, vi } from 'vitest';

/**
 * The browser's EventSource as a test drives it: the app opens it as usual, the test plays the
 * server's side and delivers events (jsdom has no EventSource, and no server is needed to push one).
 */
export class FakeEventSource {
  static readonly opened: FakeEventSource[] = [];
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  closed = false;

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
  }

  /** Delivers one server-sent event of `type` to the page. */
  emit(type: string, data: unknown): void {
    const event = new MessageEvent(type, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  /** The one stream the page holds open now. */
  static current(): FakeEventSource {
    const open = FakeEventSource.opened.filter((source) => !source.closed);
    if (open.length !== 1) throw new Error(`expected one open event stream, found ${open.length}`);
    return open[0] as FakeEventSource;
  }
}

/** Gives the tests of this file the fake in place of the browser's EventSource. */
export function withFakeEventSource(): void {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeEventSource.opened.length = 0;
  });
}
