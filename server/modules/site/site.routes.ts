import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/site';
import { LANGUAGES } from '../../../contract/i18n';
import { route } from '../../lib/route';

/** What the web app needs to know about this installation before anyone signs in. */
export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  route(app, endpoints.getSite, {
    handler: async () => ({
      institution: config.institution,
      languages: [...LANGUAGES],
      defaultLanguage: config.defaultLanguage,
      dateLocales: config.dateLocales,
      identityProviders: config.identityProviders.map(({ id, name }) => ({ id, name })),
      devMailbox: config.devMailbox,
    }),
  });
};
