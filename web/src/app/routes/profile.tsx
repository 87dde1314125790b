import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page-header';
import { ProviderErrorNotice } from '../../features/accounts/components/provider-error-notice';
import { PersonalProfile } from '../../features/profile/components/personal-profile';
import { EmailSettings } from '../../features/settings/components/email-settings';
import { usePageTitle } from '../../lib/page-title';
import { paths } from '../../lib/paths';
import { useSite } from '../../lib/site';

/**
 * Profile's tabs, Personal (`/profile`) and Mentor (`/profile/mentor`): each tab is a page of its
 * own, so it can be linked to and the back button works. The Mentor tab's route draws the same bar.
 */
export function ProfileTabs() {
  const { t } = useTranslation('accounts');
  return (
    <nav className="profile-tabs" aria-label={t('profile.tabs.label')}>
      <NavLink to={paths.profile} end>
        {t('profile.tabs.personal')}
      </NavLink>
      <NavLink to={paths.profileMentor}>{t('profile.tabs.mentor')}</NavLink>
    </nav>
  );
}

/** Profile → Personal, with what a LinkedIn link (or its failure) came back with. */
export function PersonalTabRoute() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const { identityProviders } = useSite();
  usePageTitle(t('profile.tabs.personalTitle'));
  const linked = identityProviders.find((provider) => provider.id === search.get('linked'));
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <ProfileTabs />
      <ProviderErrorNotice code={search.get('error')} />
      {linked ? (
        <Notice tone="success">
          <p>{t('profile.identities.linkedNotice', { provider: linked.name })}</p>
        </Notice>
      ) : null}
      <PersonalProfile emailSettings={<EmailSettings idPrefix="profile" />} />
    </>
  );
}
