import type { Request, Response } from 'express';
import type { ApiDeps } from './api-deps';
import { presentNotification } from './presenters';

/**
 * `GET /v1/notifications/stream`: Server-Sent Events for the token's user. The token comes in the
 * `Authorization` header only — never the query string, where it would land in access logs;
 * browsers read the stream with a fetch-based SSE client rather than `EventSource`.
 */
export async function openNotificationStream(
  { live, streams, heartbeatMs }: ApiDeps,
  sub: string,
  req: Request,
  res: Response,
): Promise<void> {
  let ended = false;
  const unsubscribe = await live.subscribe(sub, (notification) => {
    if (ended) return;
    res.write(
      `id: ${notification.id}\nevent: notification\ndata: ${JSON.stringify(presentNotification(notification))}\n\n`,
    );
  });
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    // Proxies (nginx) must not buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 3000\n: connected\n\n');
  // Comments keep idle connections open through proxies that cut silent ones.
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();

  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    streams.delete(close);
    void unsubscribe();
  };
  const close = (): void => {
    end();
    res.end();
  };
  streams.add(close);
  req.on('close', end);
}
