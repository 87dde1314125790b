import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { InboxNavLabel } from '../../features/inbox/components/inbox-nav-label';
import { paths } from '../../lib/paths';

const MEMBER_ITEMS = ['dashboard', 'search', 'requests', 'inbox', 'profile', 'settings', 'help'] as const;
/** An admin (the alumni office) has the console and the moderation queue besides; the server refuses them to anyone else. */
const ADMIN_ITEMS = [...MEMBER_ITEMS.slice(0, -1), 'admin', 'adminReports', 'help'] as const;
const VISITOR_ITEMS = ['home', 'help'] as const;

const isUnder = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/** The menu bar: the member's areas of the network (and an admin's), or the public pages for a visitor. */
export function MainNav({ isMember, isAdmin = false }: { isMember: boolean; isAdmin?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = isMember ? (isAdmin ? ADMIN_ITEMS : MEMBER_ITEMS) : VISITOR_ITEMS;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item}>
            {item === 'admin' ? (
              // The console's pages live under /admin, and so does the moderation queue, which has its own item.
              <Link to={paths.admin} aria-current={isUnder(pathname, paths.admin) && !isUnder(pathname, paths.adminReports) ? 'page' : undefined}>
                {t('nav.admin')}
              </Link>
            ) : (
              <NavLink to={paths[item]} end={item === 'home'}>
                {item === 'inbox' ? <InboxNavLabel label={t('nav.inbox')} /> : t(`nav.${item}`)}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
