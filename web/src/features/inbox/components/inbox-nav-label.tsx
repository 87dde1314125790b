import { useTranslation } from 'react-i18next';
import { useUnreadMessages } from '../api/conversations';

/**
 * The menu's Inbox item: its name, and a badge with the unread messages that the live events keep
 * current. The count is part of the link's accessible name ("Inbox, 2 unread messages"); the
 * badge itself is for the eye.
 */
export function InboxNavLabel({ label }: { label: string }) {
  // In the menu of every page: its texts load beside the first page rather than hold it up.
  const { t } = useTranslation('inbox', { useSuspense: false });
  const unread = useUnreadMessages() ?? 0;
  if (unread === 0) return <>{label}</>;
  return (
    <>
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden">{t('nav.unread', { count: unread })}</span>
      <span className="nav-badge" aria-hidden="true">
        {unread > 99 ? '99+' : unread}
      </span>
    </>
  );
}
