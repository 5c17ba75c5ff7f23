import { useTranslation } from 'react-i18next';
import { UnreadBadge } from '../../../components/unread-badge';

/** How many messages of a conversation (or of all) the reader has not seen. */
export function UnreadCount({ count }: { readonly count: number }) {
  const { t } = useTranslation('threads');
  return <UnreadBadge count={count} label={t('unread', { count })} />;
}
