import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { MentorTab } from '../../features/mentors/components/mentor-tab';
import { usePageTitle } from '../../lib/page-title';
import { ProfileTabs } from './profile';

/** Profile → Mentor (`/profile/mentor`), under the same tab bar as the Personal tab. */
export function ProfileMentorRoute() {
  const { t } = useTranslation();
  const { t: tMentors } = useTranslation('mentors');
  usePageTitle(tMentors('tab.pageTitle'));
  return (
    <>
      <PageHeader title={t('nav.profile')} />
      <ProfileTabs />
      <MentorTab />
    </>
  );
}
