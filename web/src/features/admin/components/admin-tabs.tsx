import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../../lib/paths';

/** The console's sections, each a page of its own. */
export function AdminTabs() {
  const { t } = useTranslation('admin');
  return (
    <nav className="profile-tabs admin-tabs" aria-label={t('tabs.label')}>
      <NavLink to={paths.admin} end>
        {t('tabs.members')}
      </NavLink>
      <NavLink to={paths.adminGraduation}>{t('tabs.graduation')}</NavLink>
      <NavLink to={paths.adminInvitations}>{t('tabs.invitations')}</NavLink>
      <NavLink to={paths.adminStats}>{t('tabs.stats')}</NavLink>
      <NavLink to={paths.adminAudit}>{t('tabs.audit')}</NavLink>
    </nav>
  );
}
