import type { ComponentType } from 'react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { Spinner } from '../components/ui/spinner';
import { loadNamespaces } from '../i18n';
import { paths } from '../lib/paths';
import { queryClient } from './boot';
import { PAGES, type PageName, type RouteModule } from './pages';
import { AppLayout } from './layout/app-layout';
import { RootErrorPage, RouteErrorPage } from './routes/error';
import { NotFoundRoute } from './routes/not-found';
import { RequireMember } from './routes/require-member';

function ShellLoading() {
  const { t } = useTranslation();
  return (
    <div className="shell-loading">
      <Spinner label={t('app.loading')} />
    </div>
  );
}

const routeModules = {
  account: () => import('./routes/account'),
  admin: () => import('./routes/admin'),
  'admin-reports': () => import('./routes/admin-reports'),
  dashboard: () => import('./routes/dashboard'),
  'dev-mailbox': () => import('./routes/dev-mailbox'),
  help: () => import('./routes/help'),
  home: () => import('./routes/home'),
  inbox: () => import('./routes/inbox'),
  member: () => import('./routes/member'),
  onboarding: () => import('./routes/onboarding'),
  password: () => import('./routes/password'),
  privacy: () => import('./routes/privacy'),
  profile: () => import('./routes/profile'),
  'profile-mentor': () => import('./routes/profile-mentor'),
  requests: () => import('./routes/requests'),
  search: () => import('./routes/search'),
  settings: () => import('./routes/settings'),
  'sign-in': () => import('./routes/sign-in'),
} satisfies Record<RouteModule, () => Promise<unknown>>;

type PageModule<Name extends PageName> = Awaited<ReturnType<(typeof routeModules)[(typeof PAGES)[Name]['module']]>>;

/**
 * A page whose code and texts are fetched when it is first opened (its module's chunk, and its
 * namespaces in the language being read; pages.ts names both), at once, so the page never
 * suspends for them. The server preloads the same from the same table (ADR 0029).
 */
function page<Name extends PageName>(name: Name, pick: (module: PageModule<Name>) => ComponentType) {
  const { module, namespaces } = PAGES[name];
  return async () => {
    const [loaded] = await Promise.all([routeModules[module]() as Promise<PageModule<Name>>, loadNamespaces(namespaces)]);
    return { Component: pick(loaded) };
  };
}

/** The route of a page of paths.ts. */
const route = <Name extends PageName>(name: Name, pick: (module: PageModule<Name>) => ComponentType) => ({ path: paths[name], lazy: page(name, pick) });

/**
 * The Search tab's calls start with the navigation, beside its code, rather than after its first
 * render. Not awaited: the page shows at once and its list fills in as the answer arrives.
 */
function prefetchSearch({ request }: LoaderFunctionArgs) {
  void import('../features/mentors/api/prefetch-search').then((module) => module.prefetchSearch(queryClient, new URL(request.url)));
  return null;
}

export const router = createBrowserRouter([
  {
    element: (
      <Suspense fallback={<ShellLoading />}>
        <AppLayout />
      </Suspense>
    ),
    errorElement: <RootErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, lazy: page('home', (m) => m.HomeRoute) },
          route('help', (m) => m.HelpRoute),
          route('privacy', (m) => m.PrivacyRoute),
          route('signIn', (m) => m.SignInRoute),
          route('register', (m) => m.RegisterRoute),
          route('forgotPassword', (m) => m.ForgotPasswordRoute),
          route('resetPassword', (m) => m.ResetPasswordRoute),
          route('confirmEmail', (m) => m.ConfirmEmailRoute),
          route('onboarding', (m) => m.OnboardingRoute),
          route('devMailbox', (m) => m.DevMailboxRoute),
          {
            element: <RequireMember />,
            children: [
              route('dashboard', (m) => m.DashboardRoute),
              { ...route('search', (m) => m.SearchRoute), loader: prefetchSearch },
              route('member', (m) => m.MemberRoute),
              route('requests', (m) => m.RequestsRoute),
              route('request', (m) => m.RequestsRoute),
              route('inbox', (m) => m.InboxRoute),
              route('conversation', (m) => m.ConversationRoute),
              route('profile', (m) => m.PersonalTabRoute),
              route('profileMentor', (m) => m.ProfileMentorRoute),
              route('settings', (m) => m.SettingsRoute),
              route('adminReports', (m) => m.AdminReportsRoute),
              { lazy: page('accountSecurity', (m) => m.AccountLayout), children: [route('accountSecurity', (m) => m.SecurityRoute)] },
              {
                lazy: page('admin', (m) => m.RequireAdmin),
                children: [
                  route('admin', (m) => m.AdminMembersRoute),
                  route('adminMember', (m) => m.AdminMemberRoute),
                  route('adminGraduation', (m) => m.AdminGraduationRoute),
                  route('adminAudit', (m) => m.AdminAuditRoute),
                  route('adminStats', (m) => m.AdminStatsRoute),
                  route('adminInvitations', (m) => m.AdminInvitationsRoute),
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
