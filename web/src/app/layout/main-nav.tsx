import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { InboxNavLabel } from '../../features/inbox/components/inbox-nav-label';
import { paths } from '../../lib/paths';

const MEMBER_ITEMS = ['dashboard', 'search', 'requests', 'inbox', 'profile', 'settings', 'help'] as const;
/** An admin (the alumni office) has the console and the moderation queue besides; the server refuses them to anyone else. */
const ADMIN_ITEMS = [...MEMBER_ITEMS.slice(0, -1), 'admin', 'adminReports', 'help'] as const;
const VISITOR_ITEMS = ['home', 'help'] as const;

/** The menu bar: the member's areas of the network (and an admin's), or the public pages for a visitor. */
export function MainNav({ isMember, isAdmin = false }: { isMember: boolean; isAdmin?: boolean }) {
  const { t } = useTranslation();
  const items = isMember ? (isAdmin ? ADMIN_ITEMS : MEMBER_ITEMS) : VISITOR_ITEMS;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <NavLink to={paths[item]} end={item === 'home'}>
              {item === 'inbox' ? <InboxNavLabel label={t('nav.inbox')} /> : t(`nav.${item}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
