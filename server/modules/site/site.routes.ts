import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SiteSchema } from '../../../contract/site';
import { LANGUAGES } from '../../../contract/i18n';

/** What the web app needs to know about this installation before anyone signs in. */
export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  app.get(
    '/api/site',
    { schema: { tags: ['site'], summary: 'Branding and settings of this installation', response: { 200: SiteSchema } } },
    async () => ({
      institution: config.institution,
      languages: [...LANGUAGES],
      defaultLanguage: config.defaultLanguage,
      identityProviders: config.identityProviders.map(({ id, name }) => ({ id, name })),
      devMailbox: config.devMailbox,
    }),
  );
};
