/**
 * Every URL of the web app's own pages. Nothing else in web/src writes a URL by hand: the API's
 * URLs come from the endpoint descriptors (contract/endpoints, called through lib/api-client.ts).
 */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  register: '/register',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  confirmEmail: '/confirm-email',
  onboarding: '/onboarding',
  accountSecurity: '/account/security',
  dashboard: '/dashboard',
  search: '/search',
  requests: '/requests',
  request: '/requests/:id',
  inbox: '/inbox',
  conversation: '/inbox/:id',
  profile: '/profile',
  profileMentor: '/profile/mentor',
  member: '/members/:username',
  settings: '/settings',
  help: '/help',
  privacy: '/privacy',
  devMailbox: '/dev/mailbox',
  admin: '/admin',
  adminMember: '/admin/members/:id',
  adminGraduation: '/admin/graduation-requests',
  adminAudit: '/admin/audit-log',
  adminStats: '/admin/statistics',
  adminInvitations: '/admin/invitations',
  adminReports: '/admin/reports',
} as const;

/**
 * Where to go after signing in: `redirectTo` when it is a page of this app, else the dashboard
 * (never another site, not even one written as `//host` or `/\\host`).
 */
export function safeRedirect(redirectTo: string | null | undefined): string {
  if (!redirectTo || !redirectTo.startsWith('/') || redirectTo.startsWith('//') || redirectTo.startsWith('/\\')) {
    return paths.dashboard;
  }
  return redirectTo;
}

/** The sign-in page, returning to `redirectTo` afterwards. */
export function signInPath(redirectTo?: string): string {
  if (!redirectTo || redirectTo === paths.home) return paths.signIn;
  return `${paths.signIn}?${new URLSearchParams({ redirectTo })}`;
}

/** A member's profile page (their mentor profile, when they have one). */
export const memberPath = (username: string) => `/members/${encodeURIComponent(username)}`;

/** One mentoring request, as the mails and notifications link to it. */
export const requestPath = (id: string) => `/requests/${encodeURIComponent(id)}`;

/** One conversation of the Inbox, as the message mails and notifications link to it. */
export const conversationPath = (id: string) => `/inbox/${encodeURIComponent(id)}`;

/** The Search tab with a query string (already built from the search's filters). */
export const searchPath = (query?: URLSearchParams) => {
  const search = query?.toString();
  return search ? `${paths.search}?${search}` : paths.search;
};

/** A member's page in the alumni office's console. */
export const adminMemberPath = (id: string) => `/admin/members/${encodeURIComponent(id)}`;
