import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { Spinner } from '../components/ui/spinner';
import { paths } from '../lib/paths';
import { AppLayout } from './layout/app-layout';
import { AdminReportsRoute } from './routes/admin-reports';
import { DashboardRoute } from './routes/dashboard';
import { DevMailboxRoute } from './routes/dev-mailbox';
import { RootErrorPage, RouteErrorPage } from './routes/error';
import { HelpRoute } from './routes/help';
import { HomeRoute } from './routes/home';
import { ConversationRoute, InboxRoute } from './routes/inbox';
import { MemberRoute } from './routes/member';
import { NotFoundRoute } from './routes/not-found';
import { AccountLayout, SecurityRoute } from './routes/account';
import { AdminAuditRoute, AdminGraduationRoute, AdminInvitationsRoute, AdminMemberRoute, AdminMembersRoute, AdminStatsRoute, RequireAdmin } from './routes/admin';
import { OnboardingRoute } from './routes/onboarding';
import { ConfirmEmailRoute, ForgotPasswordRoute, ResetPasswordRoute } from './routes/password';
import { PrivacyRoute } from './routes/privacy';
import { PersonalTabRoute } from './routes/profile';
import { SettingsRoute } from './routes/settings';
import { RegisterRoute, SignInRoute } from './routes/sign-in';
import { ProfileMentorRoute } from './routes/profile-mentor';
import { RequestsRoute } from './routes/requests';
import { RequireMember } from './routes/require-member';
import { SearchRoute } from './routes/search';

function ShellLoading() {
  const { t } = useTranslation();
  return (
    <div className="shell-loading">
      <Spinner label={t('app.loading')} />
    </div>
  );
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
          { index: true, element: <HomeRoute /> },
          { path: paths.help, element: <HelpRoute /> },
          { path: paths.privacy, element: <PrivacyRoute /> },
          { path: paths.signIn, element: <SignInRoute /> },
          { path: paths.register, element: <RegisterRoute /> },
          { path: paths.forgotPassword, element: <ForgotPasswordRoute /> },
          { path: paths.resetPassword, element: <ResetPasswordRoute /> },
          { path: paths.confirmEmail, element: <ConfirmEmailRoute /> },
          { path: paths.onboarding, element: <OnboardingRoute /> },
          { path: paths.devMailbox, element: <DevMailboxRoute /> },
          {
            element: <RequireMember />,
            children: [
              { path: paths.dashboard, element: <DashboardRoute /> },
              { path: paths.search, element: <SearchRoute /> },
              { path: paths.member, element: <MemberRoute /> },
              { path: paths.requests, element: <RequestsRoute /> },
              { path: paths.request, element: <RequestsRoute /> },
              { path: paths.inbox, element: <InboxRoute /> },
              { path: paths.conversation, element: <ConversationRoute /> },
              { path: paths.profile, element: <PersonalTabRoute /> },
              { path: paths.profileMentor, element: <ProfileMentorRoute /> },
              { path: paths.settings, element: <SettingsRoute /> },
              { path: paths.adminReports, element: <AdminReportsRoute /> },
              { element: <AccountLayout />, children: [{ path: paths.accountSecurity, element: <SecurityRoute /> }] },
              {
                element: <RequireAdmin />,
                children: [
                  { path: paths.admin, element: <AdminMembersRoute /> },
                  { path: paths.adminMember, element: <AdminMemberRoute /> },
                  { path: paths.adminGraduation, element: <AdminGraduationRoute /> },
                  { path: paths.adminAudit, element: <AdminAuditRoute /> },
                  { path: paths.adminStats, element: <AdminStatsRoute /> },
                  { path: paths.adminInvitations, element: <AdminInvitationsRoute /> },
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
