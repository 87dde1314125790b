import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notification } from '../../../../../contract/notifications';
import { Button } from '../../../components/ui/button';
import { BellIcon } from '../../../components/ui/icons';
import { formatDateTime } from '../../../lib/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';
import { notificationTarget } from './notification-link';

/** The bell in the header: unread count, and a panel with the latest notifications. Hidden when there are none to fetch. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useNotifications();
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('click', closeOnOutsideClick);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('click', closeOnOutsideClick);
    };
  }, [isOpen]);

  if (!data) return null;
  const { unreadCount } = data;

  return (
    <div className="notification-bell" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        <BellIcon />
        <span className="visually-hidden">
          {unreadCount > 0 ? t('notifications.bellUnread', { count: unreadCount }) : t('notifications.bell')}
        </span>
        {unreadCount > 0 ? (
          <span className="badge" aria-hidden="true">
            {unreadCount > 99 ? '99+' : unreadCount}
          </span>
        ) : null}
      </button>
      <NotificationPanel id={panelId} hidden={!isOpen} items={data.items} unreadCount={unreadCount} onFollow={() => setOpen(false)} />
    </div>
  );
}

interface PanelProps {
  id: string;
  hidden: boolean;
  items: Notification[];
  unreadCount: number;
  /** A notification's link was followed: the panel closes, the page it opens takes over. */
  onFollow(): void;
}

function NotificationPanel({ id, hidden, items, unreadCount, onFollow }: PanelProps) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkNotificationsRead();
  const headingId = `${id}-heading`;

  return (
    <section id={id} className="notification-panel" hidden={hidden} aria-labelledby={headingId}>
      <div className="notification-panel-header">
        <h2 id={headingId}>{t('notifications.title')}</h2>
        {unreadCount > 0 ? (
          <Button variant="quiet" onClick={() => markRead.mutate({})} disabled={markRead.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="notification-empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {items.map((item) => {
            // A report's outcome has a text per outcome (report_outcome~removed …): i18next's context.
            const context = item.type === 'report_outcome' && typeof item.data.outcome === 'string' ? item.data.outcome : undefined;
            const text = t(`notifications.types.${item.type}` as const, { ...item.data, context });
            const target = notificationTarget(item);
            return (
              <li key={item.id} className={item.readAt ? undefined : 'is-unread'}>
                {item.readAt ? null : <span className="visually-hidden">{t('notifications.unread')}: </span>}
                <p>
                  {target ? (
                    <Link to={target} onClick={onFollow}>
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </p>
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
