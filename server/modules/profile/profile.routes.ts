import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/profile';
import { MAX_PHOTO_BYTES } from '../../../contract/profile';
import { errors } from '../../lib/errors';
import { route } from '../../lib/route';
import { requireSession, requireUser } from '../accounts/session';
import { memberAbilitiesFor } from '../inbox/inbox.service';
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

/** The member's own personal profile and settings, and other members' profiles. */
export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: ProfileDeps = { db: app.deps.database.db, config: app.deps.config, memberAbilities: memberAbilitiesFor };
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0 } });

  route(app, endpoints.getPersonalProfile, {
    // Also for a member who has not completed onboarding: the web reads needsOnboarding here.
    config: { session: 'onboarding' },
    handler: async (request) => getPersonalProfile(deps, await requireUser(request)),
  });

  route(app, endpoints.updatePersonalProfile, {
    config: { session: 'member' },
    handler: async (request) => updatePersonalProfile(deps, await requireUser(request), request.body),
  });

  route(app, endpoints.updateSettings, {
    config: { session: 'member' },
    handler: async (request) => updateSettings(deps, await requireUser(request), request.body),
  });

  route(app, endpoints.startEmailChange, {
    config: { session: 'member', limit: 'password_check' },
    handler: async (request, reply) => {
      const { user, sessionToken } = await requireSession(request);
      await startEmailChange(deps, user, sessionToken, request.body);
      return reply.status(202).send({ status: 'pending' as const });
    },
  });

  route(app, endpoints.confirmEmailChange, {
    config: { limit: 'reset' },
    handler: async (request) => {
      await confirmEmailChange(deps, request.body.token);
      return { status: 'changed' as const };
    },
  });

  route(app, endpoints.uploadPhoto, {
    config: { session: 'member', limit: 'upload' },
    handler: async (request) => {
      const actor = await requireUser(request);
      if (!request.isMultipart()) throw errors.photo_invalid('Send the photo as multipart/form-data.');
      const file = await request.file().catch(unreadableUpload);
      if (!file) throw errors.photo_invalid('No photo was sent.');
      const bytes = await file.toBuffer().catch(unreadableUpload);
      return uploadPhoto(deps.db, actor, { bytes, mimetype: file.mimetype });
    },
  });

  route(app, endpoints.removePhoto, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      await removePhoto(deps.db, await requireUser(request));
      return reply.status(204).send(null);
    },
  });

  route(app, endpoints.getPhoto, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      await requireUser(request);
      const photo = await getPhoto(deps.db, request.params.userId);
      return reply
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('etag', `"${photo.etag}"`)
        .type(photo.contentType)
        .send(photo.bytes);
    },
  });

  route(app, endpoints.getMember, {
    config: { session: 'member' },
    handler: async (request) => getMember(deps, await requireUser(request), request.params.username),
  });
};
