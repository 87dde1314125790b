/**
 * Every URL the web app knows: its own pages (`paths`) and the API it calls (`api`).
 * Nothing else in web/src writes a URL by hand.
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
  profile: '/profile',
  profileMentor: '/profile/mentor',
  member: '/members/:username',
  settings: '/settings',
  help: '/help',
  privacy: '/privacy',
  devMailbox: '/dev/mailbox',
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

/** The Search tab with a query string (already built from the search's filters). */
export const searchPath = (query?: URLSearchParams) => {
  const search = query?.toString();
  return search ? `${paths.search}?${search}` : paths.search;
};

export const api = {
  site: '/api/site',
  me: '/api/me',
  meSettings: '/api/me/settings',
  notifications: '/api/notifications',
  notificationsRead: '/api/notifications/read',
  devMailbox: '/api/dev/mailbox',
  signUp: '/api/auth/sign-up/email',
  signInEmail: '/api/auth/sign-in/email',
  signInUsername: '/api/auth/sign-in/username',
  signInSocial: '/api/auth/sign-in/social',
  linkSocial: '/api/auth/link-social',
  signOut: '/api/auth/sign-out',
  requestPasswordReset: '/api/auth/request-password-reset',
  resetPassword: '/api/auth/reset-password',
  changePassword: '/api/auth/change-password',
  mePhoto: '/api/me/photo',
  meEmailChange: '/api/me/email-change',
  meEmailChangeConfirm: '/api/me/email-change/confirm',
  meOnboarding: '/api/me/onboarding',
  meIdentities: '/api/me/identities',
  meIdentity: (id: string) => `/api/me/identities/${encodeURIComponent(id)}`,
  mentorTab: '/api/me/mentor-profile',
  mentorActivate: '/api/me/mentor-profile/activate',
  mentorPause: '/api/me/mentor-profile/pause',
  mentorResume: '/api/me/mentor-profile/resume',
  interests: '/api/me/interests',
  mentors: '/api/mentors',
  mentorFacets: '/api/mentors/facets',
  suggestedMentors: '/api/mentors/suggested',
  expertiseTags: '/api/expertise-tags',
  member: (username: string) => `/api/members/${encodeURIComponent(username)}`,
  memberMentorProfile: (username: string) => `/api/members/${encodeURIComponent(username)}/mentor-profile`,
  memberMentoring: (username: string) => `/api/members/${encodeURIComponent(username)}/mentoring`,
  requests: '/api/requests',
  request: (id: string) => `/api/requests/${encodeURIComponent(id)}`,
  requestAction: (id: string, action: 'accept' | 'decline' | 'retract') => `/api/requests/${encodeURIComponent(id)}/${action}`,
  mentorships: '/api/mentorships',
  mentorshipEnd: (id: string) => `/api/mentorships/${encodeURIComponent(id)}/end`,
  dashboard: '/api/dashboard',
} as const;

/** An API URL with a query string, leaving out the `?` when there is none (and the values left undefined). */
export const withQuery = (url: string, query: URLSearchParams | Record<string, string | number | undefined>) => {
  const params =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(Object.entries(query).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
  const search = params.toString();
  return search ? `${url}?${search}` : url;
};
