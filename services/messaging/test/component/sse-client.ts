/** A minimal Server-Sent Events reader over fetch (it can send the Authorization header, as browsers' fetch can). */
export interface SseStream {
  readonly status: number;
  readonly contentType: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly events: { event: string; data: any; receivedAt: number }[];
  close(): Promise<void>;
}

export async function openStream(url: string, token: string): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(`${url}/v1/notifications/stream`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const events: SseStream['events'] = [];
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const frame = (text: string) => {
    const lines = text.split('\n');
    const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6));
    const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
    if (data.length > 0) events.push({ event, data: JSON.parse(data.join('\n')), receivedAt: Date.now() });
  };
  const pump = (async () => {
    if (reader === undefined) return;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          frame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted by close(): the stream simply ends.
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    events,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}
