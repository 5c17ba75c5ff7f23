import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** Messaging's live stream, reached through the BFF, which adds the session's token on its side. */
export const LIVE_STREAM = '/api/messaging/v1/notifications/stream';

// What a notification can change on screen: its own list, conversations, requests, meetings.
const AFFECTED = [['notifications'], ['threads'], ['inbox'], ['matches'], ['meetings']] as const;

/**
 * While signed in, one event stream refreshes whatever a notification is about, so a reply, a
 * decision or a meeting change shows up without reloading. The browser reconnects by itself; on
 * each reconnection the same queries are refreshed, as events may have been missed meanwhile.
 */
export function useLiveNotifications(enabled: boolean): void {
  const queries = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const stream = new EventSource(LIVE_STREAM);
    const refresh = () => {
      for (const queryKey of AFFECTED) void queries.invalidateQueries({ queryKey: [...queryKey] });
    };
    stream.addEventListener('notification', refresh);
    let reconnected = false;
    stream.addEventListener('open', () => {
      if (reconnected) refresh();
      reconnected = true;
    });
    return () => stream.close();
  }, [enabled, queries]);
}
