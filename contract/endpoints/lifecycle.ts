import { z } from 'zod';
import { endpoint } from '../endpoint';
import { AdminDeleteMemberSchema, DataExportSchema, DeleteAccountSchema } from '../lifecycle';
import { rawLineText } from '../text';

/** A member's data: the export, and deleting the account (by the member, or by the alumni office). */

export const exportMyData = endpoint({
  method: 'GET',
  path: '/api/me/export',
  tags: ['me'],
  summary: 'All my data as a JSON file',
  description:
    'Profile, settings, photo, sign-in methods and sessions (without passwords or tokens), mentor profile, requests, ' +
    'mentorships, conversations with every message sent and received, notifications, blocks, reports made and graduation requests. ' +
    'Sent as an attachment (`Content-Disposition`).',
  responses: { 200: DataExportSchema },
  errors: [],
});

export const deleteMyAccount = endpoint({
  method: 'DELETE',
  path: '/api/me',
  tags: ['me'],
  summary: 'Delete my account',
  description:
    'Confirmed by the password (`password_required`, `wrong_password`), or for an account without one by the user name ' +
    '(`username_mismatch`). Ends active mentorships and withdraws pending requests (the other side is told), removes the ' +
    'personal data and signs out everywhere; messages sent stay readable for the other member, from "Deleted member". ' +
    'The only admin cannot (`last_admin`).',
  body: DeleteAccountSchema,
  responses: { 204: null },
  errors: ['password_required', 'wrong_password', 'username_mismatch', 'last_admin'],
});

export const adminDeleteMember = endpoint({
  method: 'DELETE',
  path: '/api/admin/users/:id',
  tags: ['admin'],
  summary: 'Delete a member’s account (admins), with a reason',
  description:
    'As the member deleting their own account, without their confirmation; the reason goes into the audit log and the mail ' +
    'to the member. Not the admin’s own account (`forbidden`: under Settings), nor the only admin (`last_admin`).',
  params: z.object({ id: rawLineText().max(64) }),
  body: AdminDeleteMemberSchema,
  responses: { 204: null },
  errors: ['forbidden', 'not_found', 'last_admin'],
});
