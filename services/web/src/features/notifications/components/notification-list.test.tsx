import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { FakeEventSource, withFakeEventSource } from '../../../testing/fake-event-source';
import { renderInApp } from '../../../testing/render-app';
import { useLiveNotifications } from '../hooks/use-live-notifications';
import { NotificationList } from './notification-list';

const aNotification = (
  id: string,
  kind: string,
  en: string,
  ar: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  kind,
  introductionId: 'i1',
  threadId: null,
  meetingId: null,
  invite: null,
  params: {},
  text: { en, tr: en, ar },
  createdAt: '2026-03-04T10:00:00.000Z',
  readAt: null,
  ...extra,
});

/** Messaging's notification routes: the list (newest first) and marking read. */
const serve = () => {
  const items = [
    aNotification('n1', 'introduction.accepted', 'Your request was accepted.', 'قُبل طلبك.', {
      threadId: 'i1',
    }),
  ];
  const marked: unknown[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    if (request.method === 'POST') {
      marked.push(await request.json());
      for (const item of items) Object.assign(item, { readAt: '2026-03-04T11:00:00.000Z' });
      return Response.json({ marked: items.length, unreadCount: 0 });
    }
    const unreadCount = items.filter((item) => item.readAt === null).length;
    return Response.json({ items: [...items].reverse(), unreadCount, nextCursor: null });
  });
  const arrive = (n: ReturnType<typeof aNotification>) => {
    items.push(n);
    FakeEventSource.current().emit('notification', n);
  };
  return { marked, arrive };
};

function LiveList() {
  useLiveNotifications(true);
  return <NotificationList />;
}

withFakeEventSource();

describe('NotificationList', () => {
  test('when a meeting is booked while the page is open, then its notification appears, unread, in Arabic', async () => {
    const { arrive } = serve();
    renderInApp(<LiveList />, { language: 'ar' });
    await screen.findByRole('article', { name: 'قُبل طلبك.' });
    expect(screen.getByText('إشعار واحد غير مقروء')).toBeDefined();

    arrive(
      aNotification('n2', 'meeting.scheduled', 'A meeting was booked.', 'حُجز اجتماع.', {
        meetingId: 'm1',
        invite: '/v1/meetings/m1/invite.ics',
      }),
    );

    const card = await screen.findByRole('article', { name: 'حُجز اجتماع.' });
    expect(within(card).getByText('جديد')).toBeDefined();
    expect(within(card).getByRole('link', { name: 'دعوة التقويم' }).getAttribute('href')).toBe(
      '/api/messaging/v1/meetings/m1/invite.ics',
    );
    await screen.findByText('إشعاران غير مقروءين');
  });

  test('when the reader marks all read, then messaging is told and nothing shows as new', async () => {
    const { marked } = serve();
    renderInApp(<LiveList />);
    const card = await screen.findByRole('article', { name: 'Your request was accepted.' });
    expect(within(card).getByRole('link', { name: 'Open the conversation' }).getAttribute('href')).toBe(
      '/threads/i1',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));

    await screen.findByText('No unread notification');
    expect(within(card).queryByText('New')).toBeNull();
    expect(marked).toEqual([{}]);
  });
});
