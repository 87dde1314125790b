import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/site';
import { errors } from '../../lib/errors';
import { route } from '../../lib/route';
import { hostOfHeader, isLoopbackAddress, isLoopbackHost } from '../../lib/loopback';
import { isAdmin } from '../../lib/policy';
import { optionalUser } from '../accounts/session';
import { readDevMailbox } from './dev-mailbox.service';

/**
 * Every mail the platform wrote, reset links included, for a newcomer without SMTP to follow a
 * link before they can sign in. It shows every account's reset link, so it exists only where no
 * one but this machine can reach it (config.devMailbox: embedded database, loopback HOST and
 * PUBLIC_URL, not production), and answers only a browser on this machine or a signed-in admin.
 */
export const devMailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  if (!app.deps.config.devMailbox) return;
  route(app, endpoints.getDevMailbox, {
    handler: async (request) => {
      if (!isFromThisMachine(request) && !isAdmin(await optionalUser(request))) throw errors.not_found('This page');
      return readDevMailbox({ db: app.deps.database.db });
    },
  });
};

/**
 * A request straight from this machine: its socket is loopback, it names a loopback host (a web
 * page that rebinds its own domain to 127.0.0.1 still sends its domain) and no proxy forwarded it.
 */
function isFromThisMachine(request: FastifyRequest): boolean {
  const { headers } = request;
  if (headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined) return false;
  return isLoopbackAddress(request.raw.socket.remoteAddress) && isLoopbackHost(hostOfHeader(headers.host));
}
