import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { FakeEventSource, withFakeEventSource } from '../../../testing/fake-event-source';
import { renderInApp } from '../../../testing/render-app';
import { useLiveNotifications } from '../../notifications';
import { ThreadList, UnreadMessagesBadge } from './thread-list';
import { ThreadView } from './thread-view';

const name = (en: string, ar: string) => ({ en, tr: en, ar });
const participants = {
  startup: { id: 's1', name: name('Shams Solar', 'شمس للطاقة'), deleted: false },
  advisor: { id: 'a1', name: name('Mehmet Yılmaz', 'محمد يلماز'), deleted: false },
};
const message = (seq: number, role: 'startup' | 'advisor', body: string) => ({
  id: `m${seq}`,
  seq,
  sender: { role, ...participants[role] },
  body,
  sentAt: `2026-03-04T10:0${seq}:00.000Z`,
});

/** Messaging behind the BFF for one conversation: the test adds the other side's messages. */
const serve = () => {
  const state = { messages: [message(1, 'startup', 'Hello from Tripoli')], readUpTo: 1 };
  const sent: unknown[] = [];
  const reads: unknown[] = [];
  const thread = () => ({
    id: 't1',
    introductionId: 'i1',
    status: 'open',
    openedAt: '2026-03-04T09:00:00.000Z',
    closedAt: null,
    participants,
    lastMessageAt: state.messages.at(-1)?.sentAt ?? null,
    messageCount: state.messages.length,
    unreadCount: state.messages.filter((m) => m.sender.role === 'advisor' && m.seq > state.readUpTo).length,
  });
  vi.stubGlobal('fetch', async (request: Request) => {
    const path = new URL(request.url).pathname.replace('/api/messaging', '');
    if (request.method === 'POST' && path === '/v1/threads/t1/messages') {
      const { body } = (await request.json()) as { body: string };
      sent.push(body);
      state.messages.push(message(state.messages.length + 1, 'startup', body));
      return Response.json(state.messages.at(-1), { status: 201 });
    }
    if (request.method === 'POST' && path === '/v1/threads/t1/read') {
      const { upToSeq } = (await request.json()) as { upToSeq: number };
      reads.push(upToSeq);
      state.readUpTo = upToSeq;
      return Response.json({ readUpTo: upToSeq, unreadCount: 0 });
    }
    if (path === '/v1/threads') return Response.json({ items: [thread()], nextCursor: null });
    if (path === '/v1/threads/t1') return Response.json(thread());
    if (path === '/v1/threads/t1/messages')
      return Response.json({ items: [...state.messages].reverse(), nextCursor: null });
    if (path === '/v1/notifications') return Response.json({ items: [], unreadCount: 0, nextCursor: null });
    return Response.json({ code: 'NOT_FOUND', detail: path, status: 404 }, { status: 404 });
  });
  /** The advisor replies: stored by messaging, announced on the live stream. */
  const reply = (body: string) => {
    state.messages.push(message(state.messages.length + 1, 'advisor', body));
    FakeEventSource.current().emit('notification', {
      id: `n${state.messages.length}`,
      kind: 'message.received',
      threadId: 't1',
    });
  };
  return { sent, reads, reply };
};

function Live({ children }: { readonly children: React.ReactNode }) {
  useLiveNotifications(true);
  return <>{children}</>;
}

withFakeEventSource();

describe('ThreadView', () => {
  test('when the other side replies, then the reply appears from the live stream and is marked read', async () => {
    const { reads, reply } = serve();
    renderInApp(
      <Live>
        <ThreadView threadId="t1" me="startup" />
      </Live>,
    );
    await screen.findByText('Hello from Tripoli');
    expect(FakeEventSource.current().url).toBe('/api/messaging/v1/notifications/stream');

    reply('Merhaba! Tuesday suits me.');

    const messages = screen.getByRole('list', { name: 'Messages' });
    await within(messages).findByText('Merhaba! Tuesday suits me.');
    await waitFor(() => expect(reads).toEqual([2]));
  });

  test('when a reply arrives while the reader is elsewhere, then the thread and the navigation count it as unread', async () => {
    const { reply } = serve();
    renderInApp(
      <Live>
        <ThreadList me="startup" />
        <nav>
          <UnreadMessagesBadge />
        </nav>
      </Live>,
    );
    const card = await screen.findByRole('article', { name: 'Mehmet Yılmaz' });
    expect(within(card).queryByText('1 unread message')).toBeNull();

    reply('Did you see the tariff study?');

    await within(card).findByText('1 unread message');
    expect(within(screen.getByRole('navigation')).getByText('1 unread message')).toBeDefined();
  });

  test('when the startup sends markup and Arabic, then the text is sent normalised and shown as typed, never as HTML', async () => {
    const { sent } = serve();
    renderInApp(<ThreadView threadId="t1" me="startup" />, { language: 'ar' });
    await screen.findByText('Hello from Tripoli');
    // "é" typed as e + combining accent; the service and the page compare the composed form.
    const typed = '<b>مرحبا</b> cafe\u0301 <img src=x onerror=alert(1)>';

    await userEvent.type(screen.getByLabelText('رسالتك'), typed);
    await userEvent.click(screen.getByRole('button', { name: 'إرسال' }));

    const expected = '<b>مرحبا</b> café <img src=x onerror=alert(1)>';
    await waitFor(() => expect(sent).toEqual([expected]));
    const shown = await screen.findByText(expected);
    expect(shown.getAttribute('dir')).toBe('auto');
    expect(shown.querySelector('b, img')).toBeNull();
    expect(screen.getByLabelText('رسالتك')).toHaveProperty('value', '');
  });
});
