import type { Language } from '../../../contract/i18n';
import type { NotificationDataByType, NotificationType } from '../../../contract/notifications';

/**
 * Mails that go straight to an address because the reader just asked for them (a link to click).
 * They are not notifications, so the email-notifications switch does not hold them back
 * (docs/decisions/0002-transactional-mail-ignores-opt-out.md).
 */
export interface DirectMailDataByTemplate {
  password_reset: { url: string };
  email_change_confirm: { url: string; newEmail: string };
  email_verification: { url: string };
  /** To the address an account just left: it should know, in case it was not its owner's doing. */
  email_changed_old_address: { newEmail: string };
  /** To the address of an account just deleted, by its member or (with a reason) by the alumni office. */
  account_deleted: { byAdmin: boolean; reason: string | null };
  /** The alumni office suspended the account (`true`) or lifted its suspension (`false`). */
  account_suspension: { suspended: boolean };
  /** The alumni office invites an alumnus from its own list: a link that registers them (ADR 0028). */
  invitation: { url: string };
}
export type DirectMailTemplate = keyof DirectMailDataByTemplate;

export type MailDataByTemplate = NotificationDataByType & DirectMailDataByTemplate;
export type MailTemplate = NotificationType | DirectMailTemplate;

/**
 * Why the receiver got the mail: it decides the footer. `security`: a change to their account's
 * security, sent whatever their notification setting; `account`: what the alumni office did to
 * their account (also sent whatever the setting); `transactional`: a link they asked for;
 * `invitation`: the alumni office invites someone who has no account yet.
 */
export type MailReason = 'notification' | 'security' | 'account' | 'transactional' | 'invitation';

/** What every template may use besides its own data. */
export interface MailContext {
  language: Language;
  institutionName: string;
  supportEmail: string;
  accentColor: string;
  publicUrl: string;
  /** The receiver's first name when known; templates greet without a name otherwise. */
  recipientName?: string;
}

export interface MailLink {
  label: string;
  url: string;
}

/**
 * A mail as plain words: templates never write HTML, so the layout escapes every value in one
 * place and the text and HTML versions always say the same.
 */
export interface MailMessage {
  subject: string;
  paragraphs: string[];
  /** The one thing to do (a button-like link), also written out as an address to copy. */
  action?: MailLink;
  /** Paragraphs after the action (how long a link works, what to do if it was not you). */
  after?: string[];
}

export type TemplateRenderer<T extends MailTemplate> = (data: MailDataByTemplate[T], context: MailContext) => MailMessage;

/** The words around every mail, per language. */
export interface CommonStrings {
  greeting(name?: string): string;
  copyLinkHint: string;
  signOff(context: MailContext): string;
  footer(reason: MailReason, context: MailContext): { lines: string[]; link?: MailLink };
}

/** One language: its common words and a renderer for every template (the compiler checks all are there). */
export interface LanguagePack {
  common: CommonStrings;
  templates: { [T in MailTemplate]: TemplateRenderer<T> };
}

/** The finished mail, ready to send or to keep in mail_log. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
