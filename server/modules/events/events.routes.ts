import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/events';
import { errors } from '../../lib/errors';
import { route } from '../../lib/route';
import { readSessionStanding, requireSession } from '../accounts/session';

/**
 * `GET /api/events`: the member's live events as Server-Sent Events (the hub, live-hub.ts, writes
 * them). Made to pass through reverse proxies unbuffered and unchanged: `no-transform` keeps a
 * proxy from compressing it (which buffers), `X-Accel-Buffering: no` tells nginx not to buffer,
 * and a comment every 25 s keeps an idle timeout from closing it.
 */
export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, endpoints.streamEvents, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      const { live, database } = app.deps;
      const { user, sessionToken } = await requireSession(request);
      // Not hearing the announcements, a stream would stay silent: the page reads its lists every 30 s instead.
      if (!live.isListening()) throw errors.service_unavailable();
      const stream = live.open({ memberId: user.id, sessionToken });
      try {
        // Read again once the stream is open: a sign-out since the session gate's check ends it here.
        const standing = await readSessionStanding(database.db, sessionToken);
        if (standing?.inGoodStanding) stream.identify(standing);
        else stream.end('signed_out');
      } catch (error) {
        stream.end();
        throw error;
      }
      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        .header('x-accel-buffering', 'no')
        .send(stream.body);
    },
  });
};
