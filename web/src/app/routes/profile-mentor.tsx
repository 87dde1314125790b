import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { MentorHistory } from '../../features/mentoring/components/mentor-history';
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
      <MentorTab history={(profile) => <MentorHistory profile={profile} />} />
    </>
  );
}
