import type { ComponentType } from 'react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { Spinner } from '../components/ui/spinner';
import { loadNamespaces, type TranslationNamespace } from '../i18n';
import { paths } from '../lib/paths';
import { queryClient } from './boot';
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

/**
 * A page whose code and texts are fetched when it is first opened (its own chunk, and its
 * namespaces in the language being read), both at once, so the page never suspends for them.
 */
function page<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType, namespaces: readonly TranslationNamespace[] = []) {
  return async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: pick(module) };
  };
}

/**
 * The Search tab's calls start with the navigation, beside its code, rather than after its first
 * render. Not awaited: the page shows at once and its list fills in as the answer arrives.
 */
function prefetchSearch({ request }: LoaderFunctionArgs) {
  void import('../features/mentors/api/prefetch-search').then((module) => module.prefetchSearch(queryClient, new URL(request.url)));
  return null;
}

const account = () => import('./routes/account');
const admin = () => import('./routes/admin');
const inbox = () => import('./routes/inbox');
const password = () => import('./routes/password');
const signIn = () => import('./routes/sign-in');
const ADMIN: readonly TranslationNamespace[] = ['accounts', 'admin'];

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
          { index: true, lazy: page(() => import('./routes/home'), (m) => m.HomeRoute) },
          { path: paths.help, lazy: page(() => import('./routes/help'), (m) => m.HelpRoute, ['help']) },
          { path: paths.privacy, lazy: page(() => import('./routes/privacy'), (m) => m.PrivacyRoute, ['privacy']) },
          { path: paths.signIn, lazy: page(signIn, (m) => m.SignInRoute) },
          { path: paths.register, lazy: page(signIn, (m) => m.RegisterRoute) },
          { path: paths.forgotPassword, lazy: page(password, (m) => m.ForgotPasswordRoute) },
          { path: paths.resetPassword, lazy: page(password, (m) => m.ResetPasswordRoute) },
          { path: paths.confirmEmail, lazy: page(password, (m) => m.ConfirmEmailRoute) },
          { path: paths.onboarding, lazy: page(() => import('./routes/onboarding'), (m) => m.OnboardingRoute) },
          { path: paths.devMailbox, lazy: page(() => import('./routes/dev-mailbox'), (m) => m.DevMailboxRoute) },
          {
            element: <RequireMember />,
            children: [
              { path: paths.dashboard, lazy: page(() => import('./routes/dashboard'), (m) => m.DashboardRoute, ['inbox', 'mentoring', 'mentors']) },
              { path: paths.search, loader: prefetchSearch, lazy: page(() => import('./routes/search'), (m) => m.SearchRoute, ['mentors']) },
              { path: paths.member, lazy: page(() => import('./routes/member'), (m) => m.MemberRoute, ['inbox', 'mentors', 'requests']) },
              { path: paths.requests, lazy: page(() => import('./routes/requests'), (m) => m.RequestsRoute, ['inbox', 'mentoring', 'mentors', 'requests']) },
              { path: paths.request, lazy: page(() => import('./routes/requests'), (m) => m.RequestsRoute, ['inbox', 'mentoring', 'mentors', 'requests']) },
              { path: paths.inbox, lazy: page(inbox, (m) => m.InboxRoute, ['inbox']) },
              { path: paths.conversation, lazy: page(inbox, (m) => m.ConversationRoute, ['inbox']) },
              { path: paths.profile, lazy: page(() => import('./routes/profile'), (m) => m.PersonalTabRoute, ADMIN) },
              {
                path: paths.profileMentor,
                lazy: page(() => import('./routes/profile-mentor'), (m) => m.ProfileMentorRoute, [...ADMIN, 'mentoring', 'mentors']),
              },
              { path: paths.settings, lazy: page(() => import('./routes/settings'), (m) => m.SettingsRoute, ['inbox']) },
              { path: paths.adminReports, lazy: page(() => import('./routes/admin-reports'), (m) => m.AdminReportsRoute, ['inbox', 'moderation']) },
              { lazy: page(account, (m) => m.AccountLayout), children: [{ path: paths.accountSecurity, lazy: page(account, (m) => m.SecurityRoute) }] },
              {
                lazy: page(admin, (m) => m.RequireAdmin, ADMIN),
                children: [
                  { path: paths.admin, lazy: page(admin, (m) => m.AdminMembersRoute) },
                  { path: paths.adminMember, lazy: page(admin, (m) => m.AdminMemberRoute) },
                  { path: paths.adminGraduation, lazy: page(admin, (m) => m.AdminGraduationRoute) },
                  { path: paths.adminAudit, lazy: page(admin, (m) => m.AdminAuditRoute) },
                  { path: paths.adminStats, lazy: page(admin, (m) => m.AdminStatsRoute) },
                  { path: paths.adminInvitations, lazy: page(admin, (m) => m.AdminInvitationsRoute) },
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
