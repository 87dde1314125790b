import type { namespaces } from '../i18n/resources';
import type { paths } from '../lib/paths';

type TranslationNamespace = (typeof namespaces)[number];

/** The modules under app/routes/ that hold pages; each is a chunk of its own. */
export type RouteModule =
  | 'account'
  | 'admin'
  | 'admin-reports'
  | 'dashboard'
  | 'dev-mailbox'
  | 'help'
  | 'home'
  | 'inbox'
  | 'member'
  | 'onboarding'
  | 'password'
  | 'privacy'
  | 'profile'
  | 'profile-mentor'
  | 'requests'
  | 'search'
  | 'settings'
  | 'sign-in';

/** What the shell itself reads (header, footer, member menu) on every page: loaded before the first render. */
export const SHELL_NAMESPACES = ['common', 'accounts'] as const satisfies readonly TranslationNamespace[];

const ADMIN = ['accounts', 'admin'] as const satisfies readonly TranslationNamespace[];

/**
 * Each page (by its name in paths.ts): the route module its code lives in and the translation
 * namespaces it reads besides the shell's. The router builds its lazy routes from this table, and
 * the server names the same module's chunks and texts in index.html (`modulepreload`), so they load
 * beside the entry script instead of after it (ADR 0029). Pure data: the server imports it.
 */
export const PAGES = {
  home: { module: 'home', namespaces: [] },
  help: { module: 'help', namespaces: ['help'] },
  privacy: { module: 'privacy', namespaces: ['privacy'] },
  signIn: { module: 'sign-in', namespaces: [] },
  register: { module: 'sign-in', namespaces: [] },
  forgotPassword: { module: 'password', namespaces: [] },
  resetPassword: { module: 'password', namespaces: [] },
  confirmEmail: { module: 'password', namespaces: [] },
  onboarding: { module: 'onboarding', namespaces: [] },
  devMailbox: { module: 'dev-mailbox', namespaces: [] },
  dashboard: { module: 'dashboard', namespaces: ['inbox', 'mentoring', 'mentors'] },
  search: { module: 'search', namespaces: ['mentors'] },
  member: { module: 'member', namespaces: ['inbox', 'mentors', 'requests'] },
  requests: { module: 'requests', namespaces: ['inbox', 'mentoring', 'mentors', 'requests'] },
  request: { module: 'requests', namespaces: ['inbox', 'mentoring', 'mentors', 'requests'] },
  inbox: { module: 'inbox', namespaces: ['inbox'] },
  conversation: { module: 'inbox', namespaces: ['inbox'] },
  profile: { module: 'profile', namespaces: ADMIN },
  profileMentor: { module: 'profile-mentor', namespaces: [...ADMIN, 'mentoring', 'mentors'] },
  settings: { module: 'settings', namespaces: ['inbox'] },
  adminReports: { module: 'admin-reports', namespaces: ['inbox', 'moderation'] },
  // Under a layout of the same module (AccountLayout, RequireAdmin), which loads the namespaces.
  accountSecurity: { module: 'account', namespaces: [] },
  admin: { module: 'admin', namespaces: ADMIN },
  adminMember: { module: 'admin', namespaces: ADMIN },
  adminGraduation: { module: 'admin', namespaces: ADMIN },
  adminAudit: { module: 'admin', namespaces: ADMIN },
  adminStats: { module: 'admin', namespaces: ADMIN },
  adminInvitations: { module: 'admin', namespaces: ADMIN },
} as const satisfies Record<keyof typeof paths, { module: RouteModule; namespaces: readonly TranslationNamespace[] }>;

export type PageName = keyof typeof PAGES;
