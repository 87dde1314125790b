import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../contract/errors';
import { rawLineText } from '../../../contract/text';
import {
  ConfirmEmailChangeSchema,
  MAX_PHOTO_BYTES,
  MemberSchema,
  PersonalProfileSchema,
  StartEmailChangeSchema,
  UpdateProfileSchema,
  UpdateSettingsSchema,
} from '../../../contract/profile';
import { errors } from '../../lib/errors';
import { requireSession, requireUser } from '../accounts/session';
import { getPhoto, removePhoto, uploadPhoto } from './photo.service';
import {
  type ProfileDeps,
  confirmEmailChange,
  getMember,
  getPersonalProfile,
  startEmailChange,
  updatePersonalProfile,
  updateSettings,
} from './profile.service';

/**
 * The multipart parser's own complaints (no boundary, a part cut short) carry no status and went
 * out as 500: the upload is unreadable. Errors with a status (a file over the limit) pass as they are.
 */
function unreadableUpload(error: unknown): never {
  if (error instanceof Error && !('statusCode' in error)) {
    throw errors.photo_invalid('The upload could not be read as multipart/form-data.');
  }
  throw error;
}

const errorResponses = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const Accepted = z.object({ status: z.literal('pending') });

/** The member's own personal profile and settings, and other members' profiles. */
export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: ProfileDeps = { db: app.deps.database.db, config: app.deps.config };
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0 } });

  app.get(
    '/api/me',
    {
      // Also for a member who has not completed onboarding: the web reads needsOnboarding here.
      config: { session: 'onboarding' },
      schema: { tags: ['me'], summary: 'My personal profile', response: { 200: PersonalProfileSchema, ...errorResponses } },
    },
    async (request) => getPersonalProfile(deps, await requireUser(request)),
  );

  app.patch(
    '/api/me',
    {
      config: { session: 'member' },
      schema: {
        tags: ['me'],
        summary: 'Update my personal profile (the user name is not writable)',
        body: UpdateProfileSchema,
        response: { 200: PersonalProfileSchema, ...errorResponses },
      },
    },
    async (request) => updatePersonalProfile(deps, await requireUser(request), request.body),
  );

  app.patch(
    '/api/me/settings',
    {
      config: { session: 'member' },
      schema: {
        tags: ['me'],
        summary: 'Email visibility, email notifications, language',
        body: UpdateSettingsSchema,
        response: { 200: PersonalProfileSchema, ...errorResponses },
      },
    },
    async (request) => updateSettings(deps, await requireUser(request), request.body),
  );

  app.post(
    '/api/me/email-change',
    {
      config: { session: 'member', limit: 'password_check' },
      schema: {
        tags: ['me'],
        summary: 'Start changing my email address: a confirmation link goes to the new address',
        body: StartEmailChangeSchema,
        response: { 202: Accepted, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user, sessionToken } = await requireSession(request);
      await startEmailChange(deps, user, sessionToken, request.body);
      return reply.status(202).send({ status: 'pending' as const });
    },
  );

  app.post(
    '/api/me/email-change/confirm',
    {
      config: { limit: 'reset' },
      schema: {
        tags: ['me'],
        summary: 'Confirm an email change with the token from the link (works once, for 24 hours)',
        body: ConfirmEmailChangeSchema,
        response: { 200: z.object({ status: z.literal('changed') }), ...errorResponses },
      },
    },
    async (request) => {
      await confirmEmailChange(deps, request.body.token);
      return { status: 'changed' as const };
    },
  );

  app.put(
    '/api/me/photo',
    {
      config: { session: 'member', limit: 'upload', bodyTypes: ['multipart/form-data'] },
      schema: {
        tags: ['me'],
        summary: 'Upload my profile photo (multipart field "photo": JPEG, PNG or WebP, at most 5 MB)',
        consumes: ['multipart/form-data'],
        response: { 200: z.object({ image: z.string() }), ...errorResponses, 413: ErrorBodySchema },
      },
    },
    async (request) => {
      const actor = await requireUser(request);
      if (!request.isMultipart()) throw errors.photo_invalid('Send the photo as multipart/form-data.');
      const file = await request.file().catch(unreadableUpload);
      if (!file) throw errors.photo_invalid('No photo was sent.');
      const bytes = await file.toBuffer().catch(unreadableUpload);
      return uploadPhoto(deps.db, actor, { bytes, mimetype: file.mimetype });
    },
  );

  app.delete(
    '/api/me/photo',
    { config: { session: 'member' }, schema: { tags: ['me'], summary: 'Remove my profile photo', response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await removePhoto(deps.db, await requireUser(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/photos/:userId',
    {
      config: { session: 'member' },
      schema: {
        tags: ['members'],
        summary: "A member's profile photo (signed-in members only)",
        params: z.object({ userId: rawLineText().max(64) }),
        response: { 200: z.unknown().meta({ description: 'The photo (image/webp)' }), 401: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      await requireUser(request);
      const photo = await getPhoto(deps.db, request.params.userId);
      return reply
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('etag', `"${photo.etag}"`)
        .type(photo.contentType)
        .send(photo.bytes);
    },
  );

  app.get(
    '/api/members/:username',
    {
      config: { session: 'member' },
      schema: {
        tags: ['members'],
        summary: "A member's profile (the email address only when they show it)",
        params: z.object({ username: rawLineText().max(30) }),
        response: { 200: MemberSchema, ...errorResponses },
      },
    },
    async (request) => getMember(deps, await requireUser(request), request.params.username),
  );
};
