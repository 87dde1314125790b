import { endpoint } from '../endpoint';
import {
  InvitationForRegistrationSchema,
  InvitationListQuerySchema,
  InvitationListSchema,
  InvitationLookupQuerySchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InvitationUploadSchema,
  InvitationsSentSchema,
} from '../invitations';
import { IdParams } from './params';

/**
 * Inviting alumni in bulk (admins only: 403 `forbidden` to any other member), and the one public
 * read an invitation link needs to fill in registration. Every change is in the audit log.
 */

export const previewInvitations = endpoint({
  method: 'POST',
  path: '/api/admin/invitations/preview',
  tags: ['admin'],
  summary: 'Check a list of alumni (CSV) line by line without sending anything',
  description:
    'The CSV has a name (or first and family name), an email address and optionally a language (`en`, `nl`) per line; ' +
    'a header line naming the columns is optional, commas, semicolons and tabs all separate. ' +
    'Each line is answered with its problems: a missing name, a bad address, an address twice in the file, ' +
    'an address that is a member already or has an invitation waiting.',
  body: InvitationUploadSchema,
  responses: { 200: InvitationPreviewSchema },
  errors: ['forbidden'],
});

export const sendInvitations = endpoint({
  method: 'POST',
  path: '/api/admin/invitations',
  tags: ['admin'],
  summary: 'Send an invitation to every line of a list (CSV): all of them, or none when any line has a problem',
  description:
    'The list is checked again as the preview does; with any problem nothing is sent and the answer is ' +
    '`invitation_list_invalid` with the preview in `details`. Each address gets a mail in its language with a link ' +
    'that works once, for 14 days, and registers an alumnus.',
  body: InvitationUploadSchema,
  responses: { 201: InvitationsSentSchema },
  errors: ['forbidden', 'invitation_list_invalid'],
});

export const listInvitations = endpoint({
  method: 'GET',
  path: '/api/admin/invitations',
  tags: ['admin'],
  summary: 'Invitations sent, newest first, by state (pending, registered, expired, revoked, replaced) and name or address',
  query: InvitationListQuerySchema,
  responses: { 200: InvitationListSchema },
  errors: ['forbidden'],
});

export const resendInvitation = endpoint({
  method: 'POST',
  path: '/api/admin/invitations/:id/resend',
  tags: ['admin'],
  summary: 'Send an invitation again with a new link (the old link stops working) and a new expiry',
  description: 'Only an invitation nobody has registered with, not withdrawn or replaced (`invitation_not_pending`); not to an address that has become a member (`email_taken`).',
  params: IdParams,
  responses: { 200: InvitationSchema },
  errors: ['forbidden', 'not_found', 'invitation_not_pending', 'email_taken'],
});

export const revokeInvitation = endpoint({
  method: 'POST',
  path: '/api/admin/invitations/:id/revoke',
  tags: ['admin'],
  summary: 'Withdraw an invitation: its link stops working',
  params: IdParams,
  responses: { 200: InvitationSchema },
  errors: ['forbidden', 'not_found', 'invitation_not_pending'],
});

export const lookupInvitation = endpoint({
  method: 'GET',
  path: '/api/invitations/lookup',
  tags: ['accounts'],
  summary: 'What an invitation link fills in on the registration page: name, address, language, the alumnus role',
  description: '`invitation_invalid` for a link that was used, withdrawn, replaced or has expired.',
  query: InvitationLookupQuerySchema,
  responses: { 200: InvitationForRegistrationSchema },
  errors: ['invitation_invalid', 'rate_limited'],
});
