import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigationType } from 'react-router';
import { Spinner } from '../../components/ui/spinner';
import { CookieNotice } from '../../features/privacy/components/cookie-notice';
import { syncLanguage } from '../../i18n';
import { useMe } from '../../lib/auth';
import { useLiveEvents } from '../../lib/use-live-events';
import { useSite } from '../../lib/site';
import { applyAccent } from '../../lib/theme';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Moves focus to the new page's heading after the user goes to another page, so screen readers
 * announce it. A redirect (a replace, such as home → dashboard on arrival) leaves focus alone.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (navigationType === 'REPLACE') return;
    const heading = main.current?.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    (heading ?? main.current)?.focus();
  }, [pathname, navigationType]);
  return main;
}

export function AppLayout() {
  const { t } = useTranslation();
  const site = useSite();
  const me = useMe();
  const main = useFocusOnNavigation();
  // New messages and notifications show without reloading, on every page of a signed-in member.
  useLiveEvents(Boolean(me && !me.needsOnboarding));

  useEffect(() => applyAccent(site.institution.accentColor), [site.institution.accentColor]);
  // An account made through LinkedIn has the site's default language until onboarding saves the
  // one the member is reading in: until then the browser's preference counts.
  const accountLanguage = me && !me.needsOnboarding ? me.language : undefined;
  useEffect(() => {
    void syncLanguage({ account: accountLanguage, siteDefault: site.defaultLanguage });
  }, [accountLanguage, site.defaultLanguage]);

  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <CookieNotice />
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1}>
        <div className="container page">
          {/* A page that waits for something (texts its route did not list, say) waits here, under the header. */}
          <Suspense fallback={<Spinner label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
