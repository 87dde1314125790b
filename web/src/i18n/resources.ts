import type { Language } from '../../../contract/i18n';
import enAccounts from './locales/en/accounts.json';
import enAdmin from './locales/en/admin.json';
import enCommon from './locales/en/common.json';
import enHelp from './locales/en/help.json';
import enInbox from './locales/en/inbox.json';
import enMentoring from './locales/en/mentoring.json';
import enMentors from './locales/en/mentors.json';
import enModeration from './locales/en/moderation.json';
import enPrivacy from './locales/en/privacy.json';
import enRequests from './locales/en/requests.json';
import nlAccounts from './locales/nl/accounts.json';
import nlAdmin from './locales/nl/admin.json';
import nlCommon from './locales/nl/common.json';
import nlHelp from './locales/nl/help.json';
import nlInbox from './locales/nl/inbox.json';
import nlMentoring from './locales/nl/mentoring.json';
import nlMentors from './locales/nl/mentors.json';
import nlModeration from './locales/nl/moderation.json';
import nlPrivacy from './locales/nl/privacy.json';
import nlRequests from './locales/nl/requests.json';

export const defaultNamespace = 'common';

const en = {
  accounts: enAccounts,
  admin: enAdmin,
  common: enCommon,
  help: enHelp,
  inbox: enInbox,
  mentoring: enMentoring,
  mentors: enMentors,
  moderation: enModeration,
  privacy: enPrivacy,
  requests: enRequests,
};

/** Every translation, per language and namespace. The types make a missing Dutch text a compile error. */
export const resources: Record<Language, typeof en> = {
  en,
  nl: {
    accounts: nlAccounts,
    admin: nlAdmin,
    common: nlCommon,
    help: nlHelp,
    inbox: nlInbox,
    mentoring: nlMentoring,
    mentors: nlMentors,
    moderation: nlModeration,
    privacy: nlPrivacy,
    requests: nlRequests,
  },
};

export const namespaces = Object.keys(en) as (keyof typeof en)[];
