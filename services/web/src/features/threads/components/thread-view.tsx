import { Alert, Box, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../../components/problem-alert';
import { textIn } from '../../../lib/localized';
import { useMarkRead, useMessages, useSendMessage, useThread, type MessageItem } from '../api/threads';
import { otherParty, type Party } from './thread-list';

/**
 * One message. React writes the body as text, never as HTML, so `<b>` arrives as the characters a
 * person typed; `dir="auto"` lets an Arabic message run right to left inside an English page (and
 * back), and the browser shapes its letters as one run, since the text is never split.
 */
function MessageBubble({ message, mine }: { readonly message: MessageItem; readonly mine: boolean }) {
  const { t, i18n } = useTranslation('threads');
  const at = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const sender = mine ? t('you') : textIn(message.sender.name, i18n.language, t('deletedUser'));
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      maw="85%"
      {...(mine ? { bg: 'var(--mantine-color-jisr-0)' } : {})}
      style={{ alignSelf: mine ? 'flex-end' : 'flex-start', listStyle: 'none' }}
    >
      <Text size="xs" c="dimmed">
        {/* Isolated, so a Latin name beside an Arabic date (or the reverse) keeps its own order. */}
        <bdi>{sender}</bdi> · <time dateTime={message.sentAt}>{at.format(new Date(message.sentAt))}</time>
      </Text>
      <Text dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.body}
      </Text>
    </Paper>
  );
}

function Composer({ threadId }: { readonly threadId: string }) {
  const { t } = useTranslation('threads');
  const send = useSendMessage(threadId);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <ProblemAlert error={send.error} />
        <Textarea
          label={t('message')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={2}
          dir="auto"
          error={fieldError(send.error, 'body')}
        />
        <Button
          type="submit"
          loading={send.isPending}
          disabled={text.trim() === ''}
          style={{ alignSelf: 'flex-end' }}
        >
          {t('send')}
        </Button>
      </Stack>
    </form>
  );
}

/** A conversation: its messages oldest first, read as soon as they are shown, and the reply box. */
export function ThreadView({ threadId, me }: { readonly threadId: string; readonly me: Party }) {
  const { t, i18n } = useTranslation('threads');
  const thread = useThread(threadId);
  const messages = useMessages(threadId);
  const markRead = useMarkRead(threadId);
  const lastSeq = messages.data?.at(-1)?.seq ?? 0;
  const unread = thread.data?.unreadCount ?? 0;
  const { mutate } = markRead;
  useEffect(() => {
    if (unread > 0 && lastSeq > 0) mutate(lastSeq);
  }, [unread, lastSeq, mutate]);

  if (thread.isPending || messages.isPending) return <Text>{t('common:loading')}</Text>;
  if (thread.isError) return <ProblemAlert error={thread.error} />;
  if (messages.isError) return <ProblemAlert error={messages.error} />;
  const name = textIn(thread.data.participants[otherParty(me)].name, i18n.language, t('deletedUser'));
  return (
    <Stack>
      <Title order={1}>{t('with', { name })}</Title>
      {messages.data.length === 0 && <Text>{t('noMessages')}</Text>}
      <Box
        component="ol"
        aria-label={t('messages')}
        aria-live="polite"
        p={0}
        m={0}
        style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-xs)' }}
      >
        {messages.data.map((message) => (
          <MessageBubble key={message.id} message={message} mine={message.sender.role === me} />
        ))}
      </Box>
      {thread.data.status === 'open' ? (
        <Composer threadId={threadId} />
      ) : (
        <Alert variant="light">{t('closedNotice')}</Alert>
      )}
    </Stack>
  );
}
