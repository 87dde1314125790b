import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/inbox';
import { route } from '../../lib/route';
import { requireUser } from '../accounts/session';
import {
  type InboxDeps,
  blockMember,
  listBlocksFor,
  listConversationsFor,
  listMessagesFor,
  markConversationRead,
  sendMessage,
  startConversation,
  unblockMember,
} from './inbox.service';

/** The Inbox (conversations and messages) and blocking; reporting is moderation's. */
export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: InboxDeps = { db: app.deps.database.db };

  route(app, endpoints.listConversations, {
    config: { session: 'member' },
    handler: async (request) => listConversationsFor(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.startConversation, {
    config: { session: 'member', limit: 'start_conversation' },
    handler: async (request, reply) => reply.status(201).send(await startConversation(deps, await requireUser(request), request.body)),
  });

  route(app, endpoints.listMessages, {
    config: { session: 'member' },
    handler: async (request) => listMessagesFor(deps, await requireUser(request), request.params.id, request.query),
  });

  route(app, endpoints.sendMessage, {
    config: { session: 'member', limit: 'message' },
    handler: async (request, reply) => reply.status(201).send(await sendMessage(deps, await requireUser(request), request.params.id, request.body)),
  });

  route(app, endpoints.markConversationRead, {
    config: { session: 'member' },
    handler: async (request) => markConversationRead(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.blockMember, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      await blockMember(deps, await requireUser(request), request.params.username);
      return reply.status(204).send(null);
    },
  });

  route(app, endpoints.unblockMember, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      await unblockMember(deps, await requireUser(request), request.params.username);
      return reply.status(204).send(null);
    },
  });

  route(app, endpoints.listBlocks, {
    config: { session: 'member' },
    handler: async (request) => listBlocksFor(deps, await requireUser(request)),
  });
};
