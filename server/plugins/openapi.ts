import { STATUS_CODES } from 'node:http';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../contract/errors';
import { statusesOf } from '../lib/errors';
import type { RouteEndpoint } from '../lib/route';

type JsonSchema = Record<string, unknown>;
type SwaggerTransform = Parameters<typeof jsonSchemaTransform>[0];

/** OpenAPI generated from the endpoint descriptors (contract/endpoints): `/api/docs/json`, browsable at `/api/docs`. */
export async function registerOpenApi(app: FastifyInstance, institutionName: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: `${institutionName} API`,
        description:
          'The JSON API behind the web app, for the institution\'s own systems. Authenticate with the session cookie set by `/api/auth/sign-in/*`. ' +
          'Errors have the body `{ "error": { code, message, details?, requestId } }`; each operation lists the codes it can answer with, per status.',
        version: '1',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mn.session_token' } } },
    },
    transform: (input) => {
      const output = jsonSchemaTransform(input);
      const endpoint = input.route.config?.endpoint;
      if (output.schema.hide || !endpoint) return output;
      return { ...output, schema: describeOperation(endpoint, output.schema as JsonSchema, Boolean(input.route.config?.session)) };
    },
    transformObject: (input) => oneSchemaEach(jsonSchemaTransformObject(input)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: (header) => header });
}

/**
 * What the zod schemas do not say: the error codes per status, a file upload or download, and
 * (from the route's config.session) that a session is needed.
 */
function describeOperation(endpoint: RouteEndpoint, schema: JsonSchema, needsSession: boolean): SwaggerTransform['schema'] {
  const response: Record<string, JsonSchema> = { ...(schema.response as Record<string, JsonSchema>) };
  for (const [status, answer] of Object.entries(endpoint.descriptor.responses)) {
    if (answer && 'binary' in answer) {
      response[status] = { description: answer.description, content: { [answer.binary]: { schema: { type: 'string', format: 'binary' } } } };
    }
  }
  for (const [status, codes] of codesByStatus(endpoint.errors)) response[status] = errorResponse(status, codes);
  const { upload } = endpoint.descriptor;
  return {
    ...schema,
    response,
    ...(upload
      ? {
          consumes: ['multipart/form-data'],
          body: {
            type: 'object',
            properties: { [upload.field]: { type: 'string', format: 'binary', description: upload.description } },
            required: [upload.field],
          },
        }
      : {}),
    ...(needsSession ? { security: [{ session: [] }] } : {}),
  };
}

function codesByStatus(codes: readonly ErrorCode[]): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) for (const status of statusesOf(code)) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

/** The error body, with `code` narrowed to the codes this operation gives with this status. */
function errorResponse(status: number, codes: ErrorCode[]): JsonSchema {
  return {
    'x-response-description': `${STATUS_CODES[status] ?? status}: ${codes.map((code) => `\`${code}\``).join(', ')}`,
    allOf: [
      { $ref: '#/components/schemas/Error' },
      { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string', enum: codes } } } } },
    ],
  };
}

interface OpenApiDocument {
  paths?: Record<string, unknown>;
  components?: { schemas?: Record<string, JsonSchema> };
  [key: string]: unknown;
}

const REF_PREFIX = '#/components/schemas/';
const TWIN_SUFFIX = 'Input';

/**
 * zod gives every named schema an input and an output form, and fastify-type-provider-zod puts
 * both in the document (`Me` and `MeInput`), referring to the input form from request bodies.
 * Here each named schema appears once, under its own name: in its output form when an answer
 * uses it, otherwise in its input form. A request body that needs the input form of a schema kept
 * in its output form refers to it when the two say the same, and otherwise spells the input form
 * out in place. Schemas nothing refers to are left out.
 */
export function oneSchemaEach<Document extends object>(document: Document): Document {
  const doc = document as OpenApiDocument;
  const schemas = doc.components?.schemas ?? {};
  const isTwin = (name: string) => name.endsWith(TWIN_SUFFIX) && name.slice(0, -TWIN_SUFFIX.length) in schemas;
  const baseOf = (name: string) => (isTwin(name) ? name.slice(0, -TWIN_SUFFIX.length) : name);

  const used = new Set<string>();
  const visit = (value: unknown): void =>
    forEachRef(value, (name) => {
      if (used.has(name)) return;
      used.add(name);
      visit(schemas[name]);
    });
  visit(doc.paths);
  const kept = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    if (isTwin(name)) continue;
    if (used.has(name)) kept.set(name, name);
    else if (used.has(name + TWIN_SUFFIX)) kept.set(name, name + TWIN_SUFFIX);
  }

  const sameShape = (a: JsonSchema, b: JsonSchema) => JSON.stringify(comparable(a, baseOf)) === JSON.stringify(comparable(b, baseOf));
  const rewrite = (value: unknown, depth = 0): unknown => {
    if (depth > 32) throw new Error('OpenAPI: a schema refers to itself through input forms');
    return mapRefs(value, (name) => {
      const base = baseOf(name);
      const form = kept.get(base);
      if (form === name || (form !== undefined && sameShape(schemas[name]!, schemas[form]!))) return { $ref: REF_PREFIX + base };
      const { $id: _id, $schema: _schema, ...inline } = schemas[name]!;
      return rewrite(inline, depth + 1) as JsonSchema;
    });
  };

  const components: Record<string, JsonSchema> = {};
  for (const [base, form] of kept) components[base] = { ...(rewrite(schemas[form]) as JsonSchema), $id: REF_PREFIX + base };
  return { ...doc, paths: rewrite(doc.paths), components: { ...doc.components, schemas: components } } as Document;
}

function refName(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : null;
}

function forEachRef(value: unknown, found: (name: string) => void): void {
  if (!value || typeof value !== 'object') return;
  const name = refName(value);
  if (name !== null) found(name);
  for (const child of Object.values(value)) forEachRef(child, found);
}

/** A copy of `value` with every `{ $ref: <component> }` object replaced by `replace(name)`. */
function mapRefs(value: unknown, replace: (name: string) => JsonSchema): unknown {
  if (!value || typeof value !== 'object') return value;
  const name = refName(value);
  if (name !== null) {
    const { $ref: _ref, ...rest } = value as JsonSchema;
    return { ...replace(name), ...(mapRefs(rest, replace) as JsonSchema) };
  }
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, replace));
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapRefs(child, replace)]));
}

/** A schema as compared between its two forms: without its $id, every reference by base name. */
function comparable(schema: JsonSchema, baseOf: (name: string) => string): unknown {
  const { $id: _id, ...rest } = schema;
  return mapRefs(rest, (name) => ({ $ref: REF_PREFIX + baseOf(name) }));
}
