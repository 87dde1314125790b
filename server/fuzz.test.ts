import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../test/app';
import { type RawAnswer, listenOnFreePort, sendRaw } from '../test/http';
import { ORIGIN, createMember, createMentor } from '../test/factories';
import { sendRequest } from '../test/mentoring';
import { authCatchAllOperations, documentedOperations, type FuzzOperation, type OpenApiDocument, resolverFor } from '../test/fuzz/operations';
import { type FuzzRequest, type KnownValues, requestsFor } from '../test/fuzz/requests';
import { changedTables, databaseSnapshotter } from '../test/fuzz/state';
import { AUTH_ENDPOINTS_IN_USE } from './modules/accounts/auth.routes';

/**
 * Every operation of the API, fed generated hostile input (wrong types, huge, control-character
 * and odd Unicode strings, injection strings, extra and missing fields, broken JSON, dot-segment
 * and badly encoded paths), anonymously and as a signed-in member. Each answer must be below 500;
 * each refusal must carry our error body with the requestId, and leave every table as it was.
 * FUZZ_SEED changes the cases (the default is fixed, so a run is repeatable); FUZZ_RUNS the
 * number per operation and caller.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 13);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** A stable number per operation and caller, so adding an operation does not change the others' cases. */
const seedFor = (key: string) => [...key].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, SEED);

const excerpt = (value: string | Buffer | undefined) => {
  const text = value === undefined ? '' : typeof value === 'string' ? value : `<${value.length} bytes>`;
  return JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…(${text.length})` : text);
};

describe('fuzzing every operation with hostile input', () => {
  let t: TestApp;
  let port: number;
  let operations: FuzzOperation[];
  let cases: (operation: FuzzOperation, caller: string) => FuzzRequest[];
  let snapshot: () => Promise<Record<string, string>>;
  let member: { cookie: string };
  const tally = { cases: 0, serverErrors: 0, withoutErrorBody: 0, refusedButChanged: 0 };

  let webDist: string;

  beforeAll(async () => {
    // With a web build, as in production: a bent path that is no API path is a page (index.html),
    // where without one it is 503 "not built yet".
    webDist = mkdtempSync(path.join(tmpdir(), 'mn-fuzz-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Mentor Network</title>');
    t = await createTestApp({ webDist });
    port = await listenOnFreePort(t);

    // The member is a mentor with an incoming request, an outgoing one and a mentorship, so that
    // some generated ids and names lead to real rows and the code behind them.
    const mentor = await createMentor(t);
    const other = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    const mentee2 = await createMember(t, { role: 'student' });
    const incoming = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const outgoing = await sendRequest(t, mentor.cookie, other.user.username!);
    const accepted = await sendRequest(t, mentee2.cookie, mentor.user.username!);
    const answer = await t.app.inject({ method: 'POST', url: `/api/requests/${accepted}/accept`, headers: { cookie: mentor.cookie, origin: ORIGIN }, payload: {} });
    const mentorship = answer.json().mentorship.id as string;
    member = mentor;
    const known: KnownValues = {
      username: [mentor.user.username!, other.user.username!, mentee.user.username!],
      userId: [mentor.user.id, other.user.id],
      id: [incoming, outgoing, accepted, mentorship],
    };

    const doc = t.app.swagger() as unknown as OpenApiDocument;
    const resolve = resolverFor(doc);
    operations = [...documentedOperations(doc), ...authCatchAllOperations(AUTH_ENDPOINTS_IN_USE)];
    cases = (operation, caller) =>
      fc.sample(requestsFor(operation, known, resolve), { seed: seedFor(`${caller} ${operation.method} ${operation.path}`), numRuns: RUNS });
    snapshot = await databaseSnapshotter(t.database.db);
  });

  afterAll(async () => {
    console.info(
      `fuzz: ${operations.length} operations × 2 callers, ${tally.cases} cases (FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS}); ` +
        `5xx: ${tally.serverErrors}, refusals without our error body: ${tally.withoutErrorBody}, refusals that changed a table: ${tally.refusedButChanged}`,
    );
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  /** Over real HTTP, so paths arrive exactly as written. */
  const send = (req: FuzzRequest, cookie?: string): Promise<RawAnswer> =>
    sendRaw(port, { method: req.method, path: req.path, headers: { origin: ORIGIN, ...req.headers, ...(cookie ? { cookie } : {}) }, body: req.body });

  /** What is wrong with one answer, or null. */
  function problemWith(answer: RawAnswer): string | null {
    if (answer.status >= 500) return `${answer.status}: ${answer.text.slice(0, 200)}`;
    if (answer.status < 400) return null;
    let error: { code?: unknown; message?: unknown; requestId?: unknown } | undefined;
    try {
      error = (JSON.parse(answer.text) as { error?: typeof error }).error;
    } catch {
      // not JSON: reported below
    }
    const requestId = answer.headers['x-request-id'];
    if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.requestId || error.requestId !== requestId) {
      return `${answer.status} without our error body and requestId: ${answer.text.slice(0, 200)}`;
    }
    return null;
  }

  async function fuzz(caller: 'anonymous' | 'member'): Promise<string[]> {
    const cookie = caller === 'member' ? member.cookie : undefined;
    const problems: string[] = [];
    let before = await snapshot();
    for (const operation of operations) {
      // Signing out would end the member's session for every case after it.
      if (caller === 'member' && operation.path === '/api/auth/sign-out') continue;
      for (const req of cases(operation, caller)) {
        tally.cases += 1;
        const answer = await send(req, cookie).catch((error: Error) => ({ status: 599, headers: {}, text: `no answer: ${error.message}` }));
        const where = `${caller} ${req.method} ${req.path.slice(0, 200)} ${excerpt(req.body)}`;
        const problem = problemWith(answer);
        if (problem) {
          if (answer.status >= 500) tally.serverErrors += 1;
          else tally.withoutErrorBody += 1;
          problems.push(`${where} → ${problem}`);
        }
        const after = await snapshot();
        if (answer.status >= 400) {
          const changed = changedTables(before, after);
          if (changed.length) {
            tally.refusedButChanged += 1;
            problems.push(`${where} → ${answer.status} but changed ${changed.join(', ')}`);
          }
        }
        before = after;
      }
      if (cookie) {
        const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
        expect(me.statusCode, `the member's session ended during ${operation.method} ${operation.path}`).toBe(200);
      }
    }
    return problems;
  }

  it('covers every operation in the OpenAPI document and every better-auth endpoint in use', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['PATCH /api/me', 'GET /api/mentors', 'POST /api/auth/sign-up/email', 'POST /api/auth/reset-password', 'PUT /api/me/photo']),
    );
  });

  it.each(['anonymous', 'member'] as const)('answers hostile input as %s with a 4xx and our error body, never a 5xx, changing nothing when refused', async (caller) => {
    // The 5xx first: they are what the suite is for, and the list is cut short.
    const problems = (await fuzz(caller)).sort((a, b) => Number(/→ 5\d\d/.test(b)) - Number(/→ 5\d\d/.test(a)));
    expect(problems.slice(0, 30), `${problems.length} problems (FUZZ_SEED=${SEED})`).toEqual([]);
  }, 300_000);
});
