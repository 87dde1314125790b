import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { DashboardSection } from './dashboard-section';

interface UnreadSummaryProps {
  notifications: number;
  /** Null when not known (the line is then left out). */
  messages: number | null;
}

/** How many notifications (and messages) are unread, and where to read them. */
export function UnreadSummary({ notifications, messages }: UnreadSummaryProps) {
  const { t } = useTranslation('mentoring');
  return (
    <DashboardSection id="dashboard-unread" title={t('dashboard.unread.heading')}>
      <ul className="unread-list">
        <li>{t('dashboard.unread.notifications', { count: notifications })}</li>
        {messages === null ? null : (
          <li>
            {messages === 0 ? (
              t('dashboard.unread.messages', { count: 0 })
            ) : (
              <Link to={paths.inbox}>{t('dashboard.unread.messages', { count: messages })}</Link>
            )}
          </li>
        )}
      </ul>
    </DashboardSection>
  );
}
