import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../contract/endpoint';
import { registerErrorHandler } from '../plugins/errors';
import { errors } from './errors';
import { frameworkErrors, registerEndpointChecks, route } from './route';

const thing = endpoint({
  method: 'GET',
  path: '/things/:id',
  tags: ['test'],
  summary: 'A thing',
  params: z.object({ id: z.string() }),
  responses: { 200: z.object({ id: z.string() }) },
  errors: ['not_found'],
});

async function appWith(handler: (id: string) => unknown) {
  const reported: string[] = [];
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerEndpointChecks(app, (message) => reported.push(message));
  route(app, thing, { handler: async (request) => handler(request.params.id) as { id: string } });
  await app.ready();
  return { app, reported };
}

describe('route()', () => {
  it('passes answers the descriptor declares', async () => {
    const { app, reported } = await appWith((id) => {
      if (id === 'gone') throw errors.not_found('The thing');
      return { id };
    });
    expect((await app.inject({ url: '/things/1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/things/gone' })).statusCode).toBe(404);
    expect(reported).toEqual([]);
  });

  it('reports an error code the descriptor does not declare, and leaves the answer as it is', async () => {
    const { app, reported } = await appWith(() => {
      throw errors.forbidden();
    });
    const res = await app.inject({ url: '/things/1' });
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'forbidden']);
    expect(reported).toEqual(['GET /things/:id answered 403 forbidden, which its endpoint descriptor does not declare']);
  });

  it('reports a success status the descriptor does not declare', async () => {
    const reported: string[] = [];
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerEndpointChecks(app, (message) => reported.push(message));
    route(app, thing, { handler: async (_request, reply) => reply.status(202 as 200).send({ id: '1' }) });
    expect((await app.inject({ url: '/things/1' })).statusCode).toBe(202);
    expect(reported).toEqual(['GET /things/:id answered 202, which its endpoint descriptor does not declare']);
  });

  it('sends an exactAnswer as built, and in tests fails one its schema would change', async () => {
    const withEnv = async (env: string) => {
      const app = Fastify();
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
      app.decorate('deps', { config: { env } } as never);
      registerErrorHandler(app);
      route(app, thing, { exactAnswer: true, handler: async (request) => ({ id: request.params.id, ...(request.params.id === 'extra' ? { secret: 's' } : {}) }) });
      await app.ready();
      return app;
    };
    const tested = await withEnv('test');
    expect((await tested.inject({ url: '/things/1' })).json()).toEqual({ id: '1' });
    expect((await tested.inject({ url: '/things/extra' })).statusCode).toBe(500);
    // Outside tests the answer is not parsed again: what the handler built is what is sent.
    const production = await withEnv('production');
    expect((await production.inject({ url: '/things/extra' })).json()).toEqual({ id: 'extra', secret: 's' });
  });

  it('refuses a documented route registered without a descriptor', async () => {
    const app = Fastify();
    registerEndpointChecks(app);
    expect(() => app.get('/loose', { schema: { summary: 'Undescribed' } }, async () => ({}))).toThrow(/no endpoint descriptor/);
    expect(() => app.get('/hidden', { schema: { hide: true } }, async () => ({}))).not.toThrow();
  });
});

describe('frameworkErrors', () => {
  it('derives the codes the hooks give from the method, the input and the route config', () => {
    expect(frameworkErrors(thing, {}).sort()).toEqual(['internal_error', 'service_unavailable', 'validation_failed']);
    const post = { ...thing, method: 'POST' as const, params: undefined };
    expect(frameworkErrors(post, { session: 'member', limit: 'create' }).sort()).toEqual(
      [
        'account_suspended',
        'forbidden_origin',
        'internal_error',
        'onboarding_required',
        'payload_too_large',
        'rate_limited',
        'service_unavailable',
        'unauthenticated',
        'unsupported_media_type',
        'validation_failed',
      ].sort(),
    );
    expect(frameworkErrors(post, { session: 'onboarding', crossSite: true })).not.toContain('onboarding_required');
    expect(frameworkErrors(post, { crossSite: true })).not.toContain('forbidden_origin');
  });
});
