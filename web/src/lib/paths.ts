/**
 * Every URL the web app knows: its own pages (`paths`) and the API it calls (`api`).
 * Nothing else in web/src writes a URL by hand.
 */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  register: '/register',
  dashboard: '/dashboard',
  search: '/search',
  requests: '/requests',
  inbox: '/inbox',
  profile: '/profile',
  settings: '/settings',
  help: '/help',
  privacy: '/privacy',
  devMailbox: '/dev/mailbox',
} as const;

/** The sign-in page, returning to `redirectTo` afterwards. */
export function signInPath(redirectTo?: string): string {
  if (!redirectTo || redirectTo === paths.home) return paths.signIn;
  return `${paths.signIn}?${new URLSearchParams({ redirectTo })}`;
}

export const api = {
  site: '/api/site',
  me: '/api/me',
  meSettings: '/api/me/settings',
  notifications: '/api/notifications',
  notificationsRead: '/api/notifications/read',
  devMailbox: '/api/dev/mailbox',
} as const;
