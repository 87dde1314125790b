import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI generated from the routes' zod schemas: `/api/docs/json`, browsable at `/api/docs`. */
export async function registerOpenApi(app: FastifyInstance, institutionName: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: `${institutionName} API`,
        description:
          'The JSON API behind the web app, for the institution\'s own systems. Authenticate with the session cookie set by `/api/auth/sign-in/*`. Errors have the body `{ "error": { code, message, details?, requestId } }`.',
        version: '1',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mn.session_token' } } },
    },
    // An operation that needs a session (its route's config.session) says so in the document.
    transform: (input) => {
      const output = jsonSchemaTransform(input);
      if (!input.route.config?.session || output.schema.hide) return output;
      return { ...output, schema: { ...output.schema, security: [{ session: [] }] } };
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: (header) => header });
}
