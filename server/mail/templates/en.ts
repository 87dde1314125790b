import type { DeclineReason } from '../../../contract/mentoring';
import type { LanguagePack } from './types';

/** A role as the mails name it. */
const roleNames: Record<string, string> = { student: 'student', alumnus: 'alumnus', staff: 'member of staff' };
const roleName = (role: string) => roleNames[role] ?? role;

/** The decline reasons in the words the web shows them (web/src/i18n/locales/en/mentoring.json, declineReasons). */
const declineReasons: Record<DeclineReason, string> = {
  no_capacity: 'I have no room for another mentee right now',
  expertise_mismatch: 'My experience does not match what you are looking for',
  not_available_now: 'I am not available at the moment',
  other: 'Another reason',
};
const declineReason = (reason: string | null) => (reason && Object.hasOwn(declineReasons, reason) ? declineReasons[reason as DeclineReason] : null);

/** English mails. Plain words only: the layout escapes values and builds the HTML. */
export const en: LanguagePack = {
  common: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    copyLinkHint: 'If the link does not work, copy this address into your browser:',
    signOff: (c) => `Kind regards,\n${c.institutionName}`,
    footer: (reason, c) =>
      reason === 'notification'
        ? {
            lines: [
              `You receive this email because you have an account at ${c.institutionName} and email notifications are switched on.`,
              'To receive no more emails, switch off “Receive email notifications” under Email/Web in your settings. You will still see your notifications when you sign in.',
            ],
            link: { label: 'Email notification settings', url: `${c.publicUrl}/settings` },
          }
        : reason === 'account'
          ? {
              lines: [
                `You receive this email because it is about your account at ${c.institutionName}. We send it even when email notifications are switched off.`,
                `Questions? Write to ${c.supportEmail}.`,
              ],
            }
          : reason === 'security'
          ? {
              lines: [
                `You receive this email because your account at ${c.institutionName} changed. ` +
                  'We send messages about your account\'s security even when email notifications are switched off.',
                `If you did not make this change, reset your password at once and write to ${c.supportEmail}.`,
              ],
              link: { label: 'Reset your password', url: `${c.publicUrl}/forgot-password` },
            }
          : reason === 'invitation'
          ? {
              lines: [
                `You receive this email because the alumni office of ${c.institutionName} has this address in its list of alumni. ` +
                  'We will not write to you again about it unless the office sends the invitation once more.',
                `Not interested, or not an alumnus? Simply ignore this email. Questions? Write to ${c.supportEmail}.`,
              ],
            }
          : {
              lines: [
                `You receive this email because this address was used to ask for it at ${c.institutionName}. ` +
                  'We send it even when email notifications are switched off, because you need it to continue.',
                `If you did not ask for it, you can ignore this email. Questions? Write to ${c.supportEmail}.`,
              ],
            },
  },
  templates: {
    welcome: (_data, c) => ({
      subject: `Welcome to ${c.institutionName}`,
      paragraphs: [
        `Your account at ${c.institutionName} is ready.`,
        'Complete your profile so others can find you, then search for a mentor who fits your questions — or, as an alumnus, activate your mentor profile and help someone else on their way.',
      ],
      action: { label: 'Go to your dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    password_changed: (_data, c) => ({
      subject: 'Your password was changed',
      paragraphs: [
        `The password of your account at ${c.institutionName} was just changed.`,
        'If you did this yourself, there is nothing else to do.',
      ],
      after: [
        `If you did not change it, choose “Forgot password?” on the sign-in page to set a new one, and let us know at ${c.supportEmail}.`,
      ],
    }),
    email_changed: (data, c) => ({
      subject: 'Your email address was changed',
      paragraphs: [
        `The email address of your account at ${c.institutionName} is now ${data.newEmail}.`,
        'You sign in with this address from now on, and this is where your notifications go.',
      ],
      after: [`If you did not make this change, write to ${c.supportEmail} straight away.`],
    }),
    request_received: (data, c) => ({
      subject: `New mentoring request from ${data.menteeName}`,
      paragraphs: [
        `${data.menteeName} would like you as their mentor.`,
        ...(data.motivation ? [`Their motivation:\n“${data.motivation}”`] : []),
        ...(data.goals ? [`What they hope to reach:\n“${data.goals}”`] : []),
        'Open it under Requests, write a short response and choose Decline or Accept. Explaining a decline helps the mentee.',
      ],
      action: { label: 'Open the request', url: `${c.publicUrl}/requests/${data.requestId}` },
    }),
    request_withdrawn: (data, c) => ({
      subject: `${data.menteeName} retracted their mentoring request`,
      paragraphs: [`${data.menteeName} withdrew their mentoring request to you. There is nothing you need to do.`],
      action: { label: 'Your requests', url: `${c.publicUrl}/requests` },
    }),
    request_accepted: (data, c) => ({
      subject: `${data.mentorName} accepted your mentoring request`,
      paragraphs: [
        `Good news: ${data.mentorName} accepted your mentoring request. Your mentorship has started.`,
        ...(data.response ? [`${data.mentorName} wrote: “${data.response}”`] : []),
      ],
      action: { label: 'Go to your dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    request_declined: (data, c) => ({
      subject: `${data.mentorName} declined your mentoring request`,
      paragraphs: [
        `${data.mentorName} cannot take on your mentoring request.`,
        ...(declineReason(data.reason) ? [`Reason: ${declineReason(data.reason)}.`] : []),
        ...(data.response ? [`${data.mentorName} wrote: “${data.response}”`] : []),
        'Other mentors may fit your questions just as well: have a look at the suggestions on your dashboard.',
      ],
      action: { label: 'Search for a mentor', url: `${c.publicUrl}/search` },
    }),
    request_reminder: (data, c) => ({
      subject: `${data.menteeName} is waiting for your answer`,
      paragraphs: [
        `The mentoring request from ${data.menteeName} is still open. It expires on ${data.expiresAt.slice(0, 10)} if it is not answered.`,
        'A short answer — yes or no — helps the mentee move on.',
      ],
      action: { label: 'Answer the request', url: `${c.publicUrl}/requests/${data.requestId}` },
    }),
    request_expired: (data, c) => ({
      subject: 'Your mentoring request expired',
      paragraphs: [
        `Your mentoring request to ${data.mentorName} was not answered in time and has expired.`,
        'You can send a new request to another mentor, or to the same mentor later.',
      ],
      action: { label: 'Search for a mentor', url: `${c.publicUrl}/search` },
    }),
    incoming_request_expired: (data, c) => ({
      subject: `The mentoring request from ${data.menteeName} expired`,
      paragraphs: [`The mentoring request from ${data.menteeName} was not answered in time and has expired. The mentee has been told.`],
      action: { label: 'Your requests', url: `${c.publicUrl}/requests` },
    }),
    mentorship_ended: (data, c) => ({
      subject: `Your mentorship with ${data.otherName} has ended`,
      paragraphs: [
        data.endedByYou
          ? `You ended your mentorship with ${data.otherName}. ${data.otherName} has been told.`
          : `${data.otherName} ended your mentorship. Thank you for the time you spent together.`,
      ],
      action: { label: 'Go to your dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    request_closed_by_deletion: (data, c) => ({
      subject: `${data.otherName} deleted their account`,
      paragraphs: [
        data.direction === 'incoming'
          ? `${data.otherName} deleted their account, so their mentoring request to you was withdrawn. There is nothing you need to do.`
          : `${data.otherName} deleted their account, so your mentoring request to them was withdrawn. Other mentors may fit your questions just as well.`,
      ],
      action: data.direction === 'incoming' ? { label: 'Your requests', url: `${c.publicUrl}/requests` } : { label: 'Search for a mentor', url: `${c.publicUrl}/search` },
    }),
    mentorship_ended_by_deletion: (data, c) => ({
      subject: `Your mentorship with ${data.otherName} has ended`,
      paragraphs: [
        data.role === 'mentor'
          ? `${data.otherName} deleted their account, so your mentorship with them has ended and their place is free again.`
          : `${data.otherName} deleted their account, so your mentorship with them has ended. Other mentors may fit your questions just as well.`,
      ],
      action: { label: 'Go to your dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    message_received: (data, c) => ({
      subject: `${data.senderName} sent you a message`,
      paragraphs: [
        `${data.senderName} sent you a message in your Inbox. Read it and answer there.`,
        'We email you about a conversation at most once every 15 minutes, so a lively chat does not fill your mailbox.',
      ],
      action: { label: 'Open the conversation', url: `${c.publicUrl}/inbox/${data.conversationId}` },
    }),
    report_outcome: (data, c) => ({
      subject: 'The alumni office looked at your report',
      paragraphs: [
        `Thank you for reporting a ${data.about === 'message' ? 'message' : 'mentoring request'} to the alumni office.`,
        data.outcome === 'removed'
          ? 'We removed the message: nobody can read it any more.'
          : data.outcome === 'suspended'
            ? 'We suspended the account of the member who wrote it.'
            : 'We looked at it and took no action this time. If it happens again, please report it again.',
      ],
      action: { label: 'Go to your dashboard', url: `${c.publicUrl}/dashboard` },
    }),
    username_changed: (data, c) => ({
      subject: 'Your user name was changed',
      paragraphs: [
        `The alumni office changed the user name of your account at ${c.institutionName} from ${data.oldUsername} to ${data.newUsername}.`,
        'Sign in with your new user name or with your email address. Your old user name no longer works, and links to your profile with it no longer lead to you.',
      ],
      action: { label: 'Go to your profile', url: `${c.publicUrl}/profile` },
      after: [`Questions about this change? Write to ${c.supportEmail}.`],
    }),
    role_changed: (data, c) => ({
      subject: `You are now registered as ${roleName(data.newRole)}`,
      paragraphs: [
        `The alumni office changed your role at ${c.institutionName} to ${roleName(data.newRole)}.`,
        `Their reason:\n“${data.reason}”`,
        ...(data.oldRole === 'alumnus' ? ['Only alumni mentor, so your mentor profile is paused and no longer shown in search.'] : []),
        ...(data.newRole === 'alumnus' ? ['As an alumnus you can activate a mentor profile on the Mentor tab of your profile.'] : []),
      ],
      action: { label: 'Go to your profile', url: `${c.publicUrl}/profile` },
      after: [`Questions about this change? Write to ${c.supportEmail}.`],
    }),
    admin_right_changed: (data, c) => ({
      subject: data.isAdmin ? 'You are now an admin' : 'You are no longer an admin',
      paragraphs: [
        data.isAdmin
          ? `You were given the admin right at ${c.institutionName}: the Admin menu item opens the alumni office's console.`
          : `Your admin right at ${c.institutionName} was withdrawn. Your account stays as it was.`,
      ],
      after: [`Questions about this change? Write to ${c.supportEmail}.`],
    }),
    graduation_approved: (data, c) => ({
      subject: 'Congratulations: you are now an alumnus',
      paragraphs: [
        `The alumni office approved your graduation request (${data.graduationYear}). You are now registered as an alumnus at ${c.institutionName}.`,
        'Would you like to help a student on their way? Activate your mentor profile on the Mentor tab of your profile.',
      ],
      action: { label: 'Open the Mentor tab', url: `${c.publicUrl}/profile/mentor` },
    }),
    graduation_rejected: (data, c) => ({
      subject: 'Your graduation request was not approved',
      paragraphs: ['The alumni office did not approve your request to become an alumnus.', `Their reason:\n“${data.reason}”`],
      action: { label: 'Go to your profile', url: `${c.publicUrl}/profile` },
      after: [`Questions? Write to ${c.supportEmail}.`],
    }),
    account_deleted: (data, c) => ({
      subject: `Your account at ${c.institutionName} has been deleted`,
      paragraphs: [
        data.byAdmin
          ? `The alumni office deleted your account at ${c.institutionName}.`
          : `Your account at ${c.institutionName} has been deleted, as you asked.`,
        ...(data.reason ? [`Reason: ${data.reason}`] : []),
        'Your profile, photo, mentor profile, settings and notifications are gone, and you have been signed out everywhere. Messages you sent stay readable for the members you wrote to, shown as from a deleted member. This is the last mail you receive from us.',
      ],
      after: [`Questions? Write to ${c.supportEmail}.`],
    }),
    invitation: (data, c) => ({
      subject: `You are invited to the mentor network of ${c.institutionName}`,
      paragraphs: [
        `The alumni office of ${c.institutionName} invites you, as one of its alumni, to join its mentor network.`,
        'As a member you can mentor students and recent graduates, and find a mentor yourself. Registering takes a few minutes: your name and this address are filled in already.',
      ],
      action: { label: 'Register as an alumnus', url: data.url },
      after: ['The link works once and expires after 14 days. If it has expired, ask the alumni office for a new one.'],
    }),
    account_suspension: (data, c) => ({
      subject: data.suspended ? `Your account at ${c.institutionName} has been suspended` : `You can sign in at ${c.institutionName} again`,
      paragraphs: data.suspended
        ? [
            `The alumni office has suspended your account at ${c.institutionName}. You have been signed out everywhere and cannot sign in while it is suspended.`,
            'Your mentor profile is not shown to others, and the mentoring requests you had sent are withdrawn.',
          ]
        : [`The alumni office has lifted the suspension of your account at ${c.institutionName}. You can sign in again.`],
      ...(data.suspended ? {} : { action: { label: 'Sign in', url: `${c.publicUrl}/sign-in` } }),
      after: [`Questions about this? Write to ${c.supportEmail}.`],
    }),
    email_changed_old_address: (data, c) => ({
      subject: `Your account at ${c.institutionName} has a new email address`,
      paragraphs: [
        `The account at ${c.institutionName} that used this email address now uses ${data.newEmail}. No more mail from us will come here.`,
      ],
      after: [`If you did not make this change, write to ${c.supportEmail} straight away.`],
    }),
    password_reset: (data, c) => ({
      subject: `Reset your password for ${c.institutionName}`,
      paragraphs: ['Someone — hopefully you — asked to reset the password of the account with this email address.'],
      action: { label: 'Choose a new password', url: data.url },
      after: ['The link works once and expires after an hour. If you did not ask for it, your password stays as it is.'],
    }),
    email_change_confirm: (data, c) => ({
      subject: `Confirm your new email address for ${c.institutionName}`,
      paragraphs: [
        `You asked to use ${data.newEmail} as the email address of your account at ${c.institutionName}.`,
        'The change takes effect once you confirm it with the link below.',
      ],
      action: { label: 'Confirm this email address', url: data.url },
      after: ['If you did not ask for this, ignore this email: your account keeps its current address.'],
    }),
    email_verification: (data, c) => ({
      subject: `Confirm your email address for ${c.institutionName}`,
      paragraphs: [`Please confirm that this email address belongs to you, so that ${c.institutionName} can reach you.`],
      action: { label: 'Confirm my email address', url: data.url },
    }),
  },
};
