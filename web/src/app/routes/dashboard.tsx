import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useUnreadMessages } from '../../features/inbox';
import { SuggestedMentors } from '../../features/mentors/components/suggested-mentors';
import { useDashboard } from '../../features/mentoring/api/get-dashboard';
import { ActiveMentorships } from '../../features/mentoring/components/active-mentorships';
import { IncomingRequests } from '../../features/mentoring/components/incoming-requests';
import { BecomeMentor, HelpNextStep, MentorProfileIncomplete } from '../../features/mentoring/components/mentor-next-step';
import { OutgoingRequests } from '../../features/mentoring/components/outgoing-requests';
import { UnreadSummary } from '../../features/mentoring/components/unread-summary';
import { errorMessage } from '../../i18n/error-message';
import { useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';

/**
 * The dashboard after sign-in (docs/product.md, rule 19): requests both ways, active mentorships, what is unread
 * and suggested mentors. Each member sees only what they can do, as the server says (`can`, `mentorProfile`):
 * a mentor their requests and places, an alumnus without a mentor profile the invitation to become one, anyone
 * who may look for a mentor their own requests and suggestions. One column on a phone, two on wider screens.
 */
export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('dashboard.title'));
  return (
    <>
      <PageHeader title={t('dashboard.title')} lead={me ? t('dashboard.welcome', { name: me.firstName ?? me.name }) : undefined} />
      <div className="dashboard">
        <DashboardSections />
      </div>
    </>
  );
}

function DashboardSections() {
  const { t } = useTranslation('mentoring');
  const { t: tCommon } = useTranslation();
  const dashboard = useDashboard();
  // The Inbox's own count, which the live events keep current (the dashboard's is read once).
  const unreadInInbox = useUnreadMessages();

  if (dashboard.isPending) return <Spinner label={t('dashboard.loading')} />;
  if (dashboard.error) {
    return (
      <Notice tone="error">
        <p>{errorMessage(tCommon, dashboard.error)}</p>
      </Notice>
    );
  }
  const { can, mentorProfile, incomingRequests, outgoingRequests, activeMentorships, unreadNotifications, unreadMessages, capacity } = dashboard.data;
  return (
    <>
      {capacity && mentorProfile ? (
        <IncomingRequests requests={incomingRequests} capacity={capacity}>
          {mentorProfile.missing.length ? <MentorProfileIncomplete profile={mentorProfile} /> : null}
        </IncomingRequests>
      ) : null}
      {can.mentor && !mentorProfile ? <BecomeMentor /> : null}
      {can.request || activeMentorships.length ? (
        <ActiveMentorships items={activeMentorships} isMentor={capacity !== null} />
      ) : null}
      {can.request || outgoingRequests.count ? <OutgoingRequests requests={outgoingRequests} /> : null}
      <UnreadSummary notifications={unreadNotifications} messages={unreadInInbox ?? unreadMessages} />
      {can.mentor ? null : <HelpNextStep />}
      {can.request ? (
        <div className="dashboard-section dashboard-wide card">
          <SuggestedMentors limit={4} />
        </div>
      ) : null}
    </>
  );
}
