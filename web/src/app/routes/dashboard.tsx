import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { SuggestedMentors } from '../../features/mentors/components/suggested-mentors';
import { useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';

/**
 * The dashboard after sign-in (rule 19), as a column of sections. Open requests, active
 * mentorships and unread messages join the suggested mentors as their features arrive.
 */
export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('dashboard.title'));
  return (
    <>
      <PageHeader title={t('dashboard.title')} lead={me ? t('dashboard.welcome', { name: me.firstName ?? me.name }) : undefined} />
      <div className="dashboard">
        <div className="dashboard-section card">
          <SuggestedMentors limit={4} />
        </div>
      </div>
    </>
  );
}
