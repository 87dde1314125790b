import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../server/db/client';
import { DEMO_PASSWORD, DEMO_SIGN_IN, seedDemoCommunity } from '../server/seed/demo-community';
import { paths } from '../web/src/lib/paths';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { registerOverHttp } from './support/api-member';
import { dismissCookieNotice } from './support/members';
import { useApp } from './support/server';

/**
 * Every page of the web app (every URL in paths.ts) as a visitor and as each kind of member, on the
 * demo community, checked with axe-core (WCAG 2.1 AA) by `visit`. A visitor scans the public pages,
 * each member role every page a member uses; the widths and languages rotate over the roles, so a
 * page is scanned at both widths in both languages without scanning every page 24 times.
 */
const app = useApp();
const browser = useBrowser();

const ROLES = ['visitor', 'student', 'alumnus', 'mentor', 'staff', 'admin'] as const;
type Role = (typeof ROLES)[number];
const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

type PageName = keyof typeof paths;
/** A visitor's pages; every other page sends a visitor to Sign in, which is scanned here already. */
const PUBLIC: PageName[] = ['home', 'signIn', 'register', 'forgotPassword', 'resetPassword', 'confirmEmail', 'help', 'privacy', 'devMailbox'];
/** Pages a signed-in member is sent away from (to the dashboard), or that look the same to every role. */
const VISITORS_ONLY: PageName[] = ['signIn', 'register', 'forgotPassword', 'resetPassword', 'confirmEmail', 'privacy', 'devMailbox'];

/** The pages, their parameters filled in from the demo community. */
let pages: { name: PageName; url: string }[] = [];
/** Each member role's session cookie (signed in once: the sign-in limits count per account). */
const cookies: Partial<Record<Role, string>> = {};

/** Each page's values for its `:parameters`; a page added to paths.ts with a parameter must add its own here. */
async function samples(): Promise<Partial<Record<PageName, Record<string, string>>>> {
  const db = app.database.db;
  const [request] = await queryRows<{ id: string }>(db, sql`select id from mentoring_requests order by created_at limit 1`);
  const [member] = await queryRows<{ id: string }>(db, sql`select id from users where username = 'jasper.bos'`);
  // A conversation of the demo student's with the demo mentor, so the mentor's and student's thread is a real one.
  const student = await signIn(DEMO_SIGN_IN.student);
  const started = await fetch(new URL('/api/conversations', app.url), {
    method: 'POST',
    headers: { cookie: student, origin: app.url, 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_SIGN_IN.alumnus, body: 'Hello, may I ask about your work? https://example.org/about' }),
  });
  expect(started.status).toBe(201);
  const { conversation } = (await started.json()) as { conversation: { id: string } };
  return {
    request: { id: request!.id },
    conversation: { id: conversation.id },
    member: { username: 'jasper.bos' },
    adminMember: { id: member!.id },
  };
}

/** A demo member's session cookie, signed in over the API. */
async function signIn(username: string): Promise<string> {
  const res = await fetch(new URL('/api/auth/sign-in/username', app.url), {
    method: 'POST',
    headers: { origin: app.url, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status, `${username} signs in`).toBe(200);
  return res.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

beforeAll(async () => {
  await seedDemoCommunity(app.database.db);
  // Every demo alumnus mentors: a new one has not started yet.
  const alumnus = await registerOverHttp(app.url, { role: 'alumnus', password: DEMO_PASSWORD });
  const usernames = { student: DEMO_SIGN_IN.student, alumnus: alumnus.username, mentor: DEMO_SIGN_IN.alumnus, staff: DEMO_SIGN_IN.staff, admin: DEMO_SIGN_IN.admin };
  for (const [role, username] of Object.entries(usernames)) cookies[role as Role] = await signIn(username);
  const values = await samples();
  pages = (Object.entries(paths) as [PageName, string][]).map(([name, pattern]) => ({
    name,
    url: pattern.replace(/:(\w+)/g, (_, parameter: string) => {
      const value = values[name]?.[parameter];
      if (!value) throw new Error(`No sample for :${parameter} of ${name} (${pattern}): add one to samples()`);
      return value;
    }),
  }));
}, 120_000);

describe.each(ROLES.map((role, index) => [role, index] as const))('as %s', (role, roleIndex) => {
  test.each(RUNS.map((run, runIndex) => [...run, runIndex] as const))('every page at %s width in %s has no WCAG 2.1 AA violation', async (viewport, language, runIndex) => {
    // This role's share of the pages for this width and language.
    const mine = pages
      .filter((page, pageIndex) => (pageIndex + roleIndex) % RUNS.length === runIndex)
      .filter(({ name }) => (role === 'visitor' ? PUBLIC.includes(name) : !VISITORS_ONLY.includes(name)))
      .map(({ url }) => url);
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(visitor);
    const cookie = cookies[role];
    if (cookie) {
      await visitor.page.context().addCookies(
        cookie.split('; ').map((pair) => {
          const [name, ...value] = pair.split('=');
          return { name: name!, value: value.join('='), url: app.url };
        }),
      );
      const settings = await visitor.page.context().request.patch(new URL('/api/me/settings', app.url).href, { data: { language }, headers: { origin: app.url } });
      expect(settings.ok()).toBe(true);
    }
    const scanned: string[] = [];
    for (const page of mine) {
      await visitor.visit(page);
      scanned.push(page);
    }
    console.log(`[axe sweep] ${role} at ${viewport} in ${language}: ${scanned.length} pages, 0 violations (${scanned.join(' ')})`);
  }, 120_000);
});
