import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../components/ui/button';
import { CloseIcon, MenuIcon } from '../../components/ui/icons';
import { MemberBadge, SignOutButton } from '../../features/accounts/components/member-menu';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { LanguageSwitch } from '../../features/settings/components/language-switch';
import { useMe } from '../../lib/auth';
import { paths } from '../../lib/paths';
import { Brand } from './brand';
import { MainNav } from './main-nav';

const MENU_ID = 'site-menu';

/**
 * Brand and bell on top, the menu bar below. On a phone the menu bar folds away behind a
 * toggle button and opens as a panel; it closes again on every navigation.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const me = useMe();
  // A member who has not finished registering (onboarding) sees no member areas yet, only Sign out.
  const isMember = Boolean(me && !me.needsOnboarding);
  const { pathname } = useLocation();
  // Remembering where the menu was opened closes it by itself once the user goes elsewhere.
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const isMenuOpen = openedAt === pathname;

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isMenuOpen) return;
    setOpenedAt(null);
    document.getElementById(`${MENU_ID}-toggle`)?.focus();
  };

  return (
    <header className="site-header" onKeyDown={closeOnEscape}>
      <div className="container header-bar">
        <Brand />
        <div className="header-tools">
          {isMember ? <NotificationBell /> : null}
          {me ? <MemberBadge me={me} /> : null}
          <button
            id={`${MENU_ID}-toggle`}
            type="button"
            className="icon-button menu-toggle"
            aria-expanded={isMenuOpen}
            aria-controls={MENU_ID}
            onClick={() => setOpenedAt(isMenuOpen ? null : pathname)}
          >
            {isMenuOpen ? <CloseIcon /> : <MenuIcon />}
            <span className="visually-hidden">{t('nav.menu')}</span>
          </button>
        </div>
      </div>
      <div id={MENU_ID} className={isMenuOpen ? 'site-menu is-open' : 'site-menu'}>
        <div className="container site-menu-inner">
          <MainNav isMember={isMember} isAdmin={isMember && me?.isAdmin === true} />
          <div className="menu-actions">
            <LanguageSwitch />
            {me ? (
              <SignOutButton className="menu-link menu-sign-out" />
            ) : (
              <>
                <Link to={paths.signIn} className="menu-link">
                  {t('nav.signIn')}
                </Link>
                <ButtonLink to={paths.register} variant="primary" className="menu-register">
                  {t('nav.register')}
                </ButtonLink>
              </>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
