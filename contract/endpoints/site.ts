import { z } from 'zod';
import { DevMailboxSchema } from '../dev-mailbox';
import { endpoint } from '../endpoint';
import { SiteSchema } from '../site';

/** This installation: its branding, its health, and (in development) its mailbox. */

export const getSite = endpoint({
  method: 'GET',
  path: '/api/site',
  tags: ['site'],
  summary: 'Branding and settings of this installation',
  responses: { 200: SiteSchema },
  errors: [],
});

export const health = endpoint({
  method: 'GET',
  path: '/healthz',
  tags: ['health'],
  summary: 'The process is up',
  responses: { 200: z.object({ status: z.literal('ok') }) },
  errors: [],
});

export const readiness = endpoint({
  method: 'GET',
  path: '/readyz',
  tags: ['health'],
  summary: 'The database is reachable and fully migrated',
  responses: { 200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }) },
  errors: [],
});

export const getDevMailbox = endpoint({
  method: 'GET',
  path: '/api/dev/mailbox',
  tags: ['development'],
  summary: 'Development only: the newest 100 mails, for this machine or an admin (absent elsewhere)',
  description:
    'Lists mails from mail_log, newest first, so links in them (password reset, email confirmation) can be followed ' +
    'before anyone can sign in. The route exists only outside production on the embedded database with a loopback ' +
    'HOST and PUBLIC_URL, and answers only requests from this machine (by socket address and Host header, not ' +
    'forwarded) or from a signed-in admin (`not_found` for anyone else).',
  responses: { 200: DevMailboxSchema },
  errors: ['not_found'],
});
