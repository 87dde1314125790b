import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import { ACTORS, type Actor, type Actors, MEMBERS, type World, buildActors, buildWorld, photoUpload } from '../test/authz-world';
import { openEventStream } from '../test/event-stream';
import { ORIGIN } from '../test/factories';
import { listenOnFreePort } from '../test/http';
import { MATRIX, type Row } from '../test/authz-matrix.table';

/**
 * Every operation in the OpenAPI document × every kind of caller, against the table in
 * test/authz-matrix.table.ts. A new route without a row fails here, and so does a row whose route is
 * gone: the table is the one place that says who may do what.
 */
interface Operation {
  key: string;
  method: string;
  path: string;
  hasBody: boolean;
  pathParams: string[];
  queryParams: string[];
}

interface OpenApiOperation {
  requestBody?: { content?: Record<string, unknown> };
  security?: unknown[];
  parameters?: Array<{ in: string; name: string }>;
}

function operationsOf(app: TestApp['app']): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      // A JSON body (the photo upload's multipart body is sent by its row's `photo`).
      hasBody: op.requestBody?.content?.['application/json'] !== undefined,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
}

const fill = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(params[name]);
  });

describe('authorization matrix', () => {
  let t: TestApp;
  let world: World;
  let operations: Operation[];
  let cells = 0;
  beforeAll(async () => {
    t = await createTestApp();
    world = await buildWorld(t);
    operations = operationsOf(t.app);
  });
  afterAll(async () => {
    process.stdout.write(`authorization matrix: ${operations.length} operations × ${ACTORS.length} callers, ${cells} cells run\n`);
    await t?.close();
  });

  async function call(operation: Operation, row: Row, actor: Actor, actors: Actors): Promise<LightMyRequestResponse> {
    const cookie = actor === 'anonymous' ? undefined : actors.cookie[actor];
    if (row.stream) return callStream(operation, actor, cookie);
    const headers: Record<string, string> = { origin: ORIGIN, ...row.headers, ...(cookie ? { cookie } : {}) };
    const url = fill(operation.path, row.params?.(world.resources) ?? {}) + (row.query ? `?${row.query}` : '');
    let payload: string | Buffer | undefined;
    if (row.photo) {
      const upload = await photoUpload();
      headers['content-type'] = upload.contentType;
      payload = upload.payload;
    } else if (row.body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(row.body({ actor, resources: world.resources }));
    }
    cells += 1;
    return t.app.inject({ method: operation.method as 'GET', url, headers, payload });
  }

  let port: number | undefined;
  /** A streaming operation over real HTTP: its status and (for a refusal) body; an open stream is closed at once. */
  async function callStream(operation: Operation, actor: Actor, cookie: string | undefined): Promise<LightMyRequestResponse> {
    port ??= await listenOnFreePort(t);
    const stream = await openEventStream(port, cookie, operation.path);
    if (stream.status === 200) stream.close();
    else await stream.ended;
    cells += 1;
    const body = stream.status === 200 ? '' : stream.text();
    return { statusCode: stream.status, headers: stream.headers, body, json: () => JSON.parse(body) } as unknown as LightMyRequestResponse;
  }

  /**
   * For a row whose success changes the caller: new members for the cells expected to succeed;
   * a refused call changes nothing, so the others stay shared.
   */
  async function freshActors(row: Row): Promise<Actors> {
    const succeeding = MEMBERS.filter((member) => row.outcomes[ACTORS.indexOf(member)]! < 300);
    const fresh = await buildActors(t, succeeding);
    return { cookie: { ...world.actors.cookie, ...fresh.cookie }, id: { ...world.actors.id, ...fresh.id } };
  }

  it('has one row for every operation in the OpenAPI document, and none for an operation that is gone', () => {
    const documented = operations.map((op) => op.key);
    const missing = documented.filter((key) => !(key in MATRIX));
    const gone = Object.keys(MATRIX).filter((key) => !documented.includes(key));
    expect(missing, 'operations without a row in test/authz-matrix.table.ts').toEqual([]);
    expect(gone, 'rows in test/authz-matrix.table.ts for operations that no longer exist').toEqual([]);
  });

  it('says in the OpenAPI document which operations need a session: exactly those that answer a stranger 401', () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
    for (const op of operations) {
      const needsSession = (doc.paths[op.path]![op.method.toLowerCase()]!.security ?? []).length > 0;
      expect(needsSession, op.key).toBe(MATRIX[op.key]?.outcomes[0] === 401);
    }
  });

  for (const [key, row] of Object.entries(MATRIX)) {
    it(key, async () => {
      const operation = operations.find((op) => op.key === key);
      expect(operation, `${key} is not in the OpenAPI document`).toBeDefined();
      const actors = row.fresh ? await freshActors(row) : world.actors;
      const actual: Record<string, number> = {};
      const expected: Record<string, number> = {};
      const problems: string[] = [];
      for (const [index, actor] of ACTORS.entries()) {
        const res = await call(operation!, row, actor, actors);
        actual[actor] = res.statusCode;
        expected[actor] = row.outcomes[index]!;
        const code = res.statusCode >= 400 ? (res.json() as { error?: { code?: string } }).error?.code : undefined;
        const where = `${actor}: ${res.statusCode} ${code ?? ''}`;
        // A valid body throughout: a refusal is about who asks, never about what they sent.
        if (code === 'validation_failed') problems.push(`${where} ${res.body.slice(0, 300)}`);
        if (res.statusCode === 401 && code !== 'unauthenticated') problems.push(where);
        if (actor === 'suspended' && res.statusCode === 403 && code !== 'account_suspended') problems.push(where);
        if (actor === 'onboarding' && res.statusCode === 403 && code !== 'onboarding_required') problems.push(where);
        // No open redirects: any address a response sends the browser to is on this site.
        const location = res.headers.location;
        if (typeof location === 'string' && new URL(location, ORIGIN).origin !== ORIGIN) problems.push(`${where} redirects to ${location}`);
        if (!row.showsMail) {
          for (const secret of world.resources.secrets) if (res.body.includes(secret)) problems.push(`${where} shows ${secret}`);
        }
      }
      expect({ outcomes: actual, problems }, key).toEqual({ outcomes: expected, problems: [] });
    });
  }

  it('answers a stranger 401 even when the body, path or query is not valid, where a member gets 400', async () => {
    let checked = 0;
    for (const operation of operations) {
      if (MATRIX[operation.key]?.outcomes[0] !== 401) continue;
      const broken = brokenRequest(operation);
      if (!broken) continue;
      const stranger = await t.app.inject({ ...broken, headers: { ...broken.headers } });
      const member = await t.app.inject({ ...broken, headers: { ...broken.headers, cookie: world.actors.cookie.student } });
      expect([stranger.statusCode, stranger.json().error.code], `${operation.key} as a stranger`).toEqual([401, 'unauthenticated']);
      expect(stranger.json().error.details, operation.key).toBeUndefined();
      expect([member.statusCode, member.json().error.code], `${operation.key} as a member`).toEqual([400, 'validation_failed']);
      checked += 1;
      cells += 2;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

/**
 * The operation called with input no schema accepts: an array for a body, overlong path and
 * query values (path values under the router's 100 characters, which refuses longer ones itself).
 */
function brokenRequest(operation: Operation) {
  if (!operation.hasBody && !operation.pathParams.length && !operation.queryParams.length) return null;
  const junk = 'x'.repeat(300);
  const path = operation.path.replace(/\{\w+\}/g, 'x'.repeat(80));
  const query = operation.queryParams.map((name) => `${name}=${junk}`).join('&');
  return {
    method: operation.method as 'GET',
    url: query ? `${path}?${query}` : path,
    headers: { origin: ORIGIN, ...(operation.hasBody ? { 'content-type': 'application/json' } : {}) },
    ...(operation.hasBody ? { payload: '[1]' } : {}),
  };
}
