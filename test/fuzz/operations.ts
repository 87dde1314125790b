import type { JsonSchema } from './arbitraries';

/** One operation of the API as the fuzzer sees it. */
export interface FuzzOperation {
  method: string;
  /** As in the OpenAPI document: `/api/requests/{id}`. */
  path: string;
  pathParams: Array<[name: string, schema: JsonSchema]>;
  query: Record<string, JsonSchema>;
  /** The JSON body's schema; null when the operation takes none or takes any object. */
  body: JsonSchema | null;
  multipart: boolean;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  consumes?: string[];
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation the OpenAPI document lists. */
export function documentedOperations(doc: OpenApiDocument): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => {
        const parameters = op.parameters ?? [];
        const content = op.requestBody?.content ?? {};
        return {
          method: method.toUpperCase(),
          path,
          pathParams: parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.schema ?? {}] as [string, JsonSchema]),
          query: Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}])),
          body: content['application/json']?.schema ?? null,
          multipart: 'multipart/form-data' in content || (op.consumes ?? []).includes('multipart/form-data'),
        };
      }),
  );
}

/** What better-auth's endpoints read, for the ones its catch-all route serves (not in the document). */
const AUTH_BODY: JsonSchema = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email' },
    username: { type: 'string', pattern: '^[a-z0-9._-]{3,30}$' },
    password: { type: 'string', minLength: 10, maxLength: 128 },
    newPassword: { type: 'string', minLength: 10, maxLength: 128 },
    token: { type: 'string', minLength: 10, maxLength: 64 },
    provider: { type: 'string', enum: ['linkedin', 'campus'] },
    callbackURL: { type: 'string', enum: ['/', '/profile', 'https://evil.example/'] },
    errorCallbackURL: { type: 'string', enum: ['/sign-in', '//evil.example'] },
    redirectTo: { type: 'string', enum: ['/reset-password', 'https://evil.example/'] },
    rememberMe: { type: 'boolean' },
    idToken: { type: 'object', properties: { token: { type: 'string' } } },
  },
};

/** The better-auth endpoints in use (`/sign-in/email`, `/callback/:id`, …) as operations under /api/auth. */
export function authCatchAllOperations(endpoints: ReadonlyArray<{ method: string; path: string }>): FuzzOperation[] {
  const callbackQuery: Record<string, JsonSchema> = { code: { type: 'string' }, state: { type: 'string' }, error: { type: 'string' }, callbackURL: { type: 'string' } };
  return endpoints.map(({ method, path }) => ({
    method,
    path: `/api/auth${path.replace(/:(\w+)/g, '{$1}')}`,
    pathParams: [...path.matchAll(/:(\w+)/g)].map((m) => [m[1]!, { type: 'string', enum: ['linkedin', 'campus'] }] as [string, JsonSchema]),
    query: method === 'GET' ? callbackQuery : {},
    body: method === 'GET' ? null : AUTH_BODY,
    multipart: false,
  }));
}

/** Follows `#/components/schemas/…` references. */
export function resolverFor(doc: OpenApiDocument): (schema: JsonSchema) => JsonSchema {
  const schemas = doc.components?.schemas ?? {};
  return function resolve(schema) {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(schemas[name] ?? {});
  };
}
