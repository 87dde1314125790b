import { z } from 'zod';
import { endpoint } from '../endpoint';
import {
  ChangedSchema,
  ConfirmEmailChangeSchema,
  EmailChangePendingSchema,
  MemberSchema,
  PersonalProfileSchema,
  PhotoResultSchema,
  StartEmailChangeSchema,
  UpdateProfileSchema,
  UpdateSettingsSchema,
} from '../profile';
import { rawLineText } from '../text';
import { UsernameParams } from './params';

/** The member's own personal profile, settings and photo, and other members' profiles. */

export const getPersonalProfile = endpoint({
  method: 'GET',
  path: '/api/me',
  tags: ['me'],
  summary: 'My personal profile',
  responses: { 200: PersonalProfileSchema },
  errors: [],
});

export const updatePersonalProfile = endpoint({
  method: 'PATCH',
  path: '/api/me',
  tags: ['me'],
  summary: 'Update my personal profile (the user name is not writable)',
  body: UpdateProfileSchema,
  responses: { 200: PersonalProfileSchema },
  errors: ['username_immutable'],
});

export const updateSettings = endpoint({
  method: 'PATCH',
  path: '/api/me/settings',
  tags: ['me'],
  summary: 'Email visibility, email notifications, language',
  body: UpdateSettingsSchema,
  responses: { 200: PersonalProfileSchema },
  errors: [],
});

export const startEmailChange = endpoint({
  method: 'POST',
  path: '/api/me/email-change',
  tags: ['me'],
  summary: 'Start changing my email address: a confirmation link goes to the new address',
  description:
    'Confirmed by the current password (`password_required`, `wrong_password`); a member without one must have signed in ' +
    'with their provider in the last ten minutes (`reauthentication_required`, whose details name the providers).',
  body: StartEmailChangeSchema,
  responses: { 202: EmailChangePendingSchema },
  errors: ['email_unchanged', 'email_taken', 'password_required', 'wrong_password', 'reauthentication_required'],
});

export const confirmEmailChange = endpoint({
  method: 'POST',
  path: '/api/me/email-change/confirm',
  tags: ['me'],
  summary: 'Confirm an email change with the token from the link (works once, for 24 hours)',
  body: ConfirmEmailChangeSchema,
  responses: { 200: ChangedSchema },
  errors: ['invalid_token', 'email_taken'],
});

export const uploadPhoto = endpoint({
  method: 'PUT',
  path: '/api/me/photo',
  tags: ['me'],
  summary: 'Upload my profile photo (multipart field "photo": JPEG, PNG or WebP, at most 5 MB)',
  upload: { field: 'photo', description: 'A JPEG, PNG or WebP image of at most 5 MB' },
  responses: { 200: PhotoResultSchema },
  errors: ['photo_invalid', 'photo_dimensions_too_large'],
});

export const removePhoto = endpoint({
  method: 'DELETE',
  path: '/api/me/photo',
  tags: ['me'],
  summary: 'Remove my profile photo',
  responses: { 204: null },
  errors: [],
});

export const getPhoto = endpoint({
  method: 'GET',
  path: '/api/photos/:userId',
  tags: ['members'],
  summary: "A member's profile photo (signed-in members only)",
  params: z.object({ userId: rawLineText().max(64) }),
  responses: { 200: { binary: 'image/webp', description: 'The photo (image/webp)' } },
  errors: ['not_found'],
});

export const getMember = endpoint({
  method: 'GET',
  path: '/api/members/:username',
  tags: ['members'],
  summary: "A member's profile (the email address only when they show it)",
  params: UsernameParams,
  responses: { 200: MemberSchema },
  errors: ['not_found'],
});
