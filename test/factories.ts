import type { RegisterInput } from '../contract/accounts';
import type { Me } from '../contract/me';
import type { OwnMentorProfile, UpdateMentorProfile } from '../contract/mentors';
import type { TestApp } from './app';

let sequence = 0;

export const TEST_PASSWORD = 'correct-horse-battery';

/** Valid registration input for a member of `role`; every call gets a unique user name and email. */
export function buildRegistration(overrides: Partial<RegisterInput> = {}): RegisterInput {
  sequence += 1;
  const role = overrides.role ?? 'alumnus';
  const id = `${Date.now().toString(36)}${sequence}`;
  return {
    role,
    firstName: 'Test',
    familyName: `Member ${sequence}`,
    dateOfBirth: '1990-05-17',
    username: `member.${id}`,
    email: `member.${id}@test.example`,
    password: TEST_PASSWORD,
    ...(role === 'staff' ? {} : { studyProgramme: 'Psychology', startYear: 2010 }),
    ...(role === 'alumnus' ? { graduationYear: 2014 } : {}),
    ...overrides,
  };
}

export const ORIGIN = 'http://localhost:3000';

/** Cookie header for the session cookies a response set. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** Registers a member through the API and returns them with a signed-in session cookie. */
export async function createMember(t: TestApp, overrides: Partial<RegisterInput> = {}): Promise<{ user: Me; cookie: string; input: RegisterInput }> {
  const input = buildRegistration(overrides);
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: t.config.publicUrl }, payload: input });
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.statusCode} ${res.body}`);
  return { user: res.json(), cookie: sessionCookie(res.headers['set-cookie']), input };
}

/**
 * What a mentor profile needs before it is listed (docs/product.md: a headline or approach, an
 * expertise area, a language), for the fields a test leaves out.
 */
export const LISTABLE_PROFILE: UpdateMentorProfile = { headline: 'Alumna happy to help', expertise: ['Mentoring basics'], languages: ['fy'] };

/**
 * An alumnus whose mentor profile is activated and filled in through the API: listed, unless the
 * test clears one of LISTABLE_PROFILE's fields. `member` takes
 * registration fields (programme, graduation year, names).
 */
export async function createMentor(
  t: TestApp,
  profile: UpdateMentorProfile = {},
  member: Partial<RegisterInput> = {},
): Promise<{ user: Me; cookie: string; input: RegisterInput; profile: OwnMentorProfile }> {
  const created = await createMember(t, { ...member, role: 'alumnus' });
  const headers = { cookie: created.cookie };
  const activated = await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/activate', headers });
  if (activated.statusCode !== 201) throw new Error(`activation failed: ${activated.statusCode} ${activated.body}`);
  const res = await t.app.inject({ method: 'PUT', url: '/api/me/mentor-profile', headers, payload: { ...LISTABLE_PROFILE, ...profile } });
  if (res.statusCode !== 200) throw new Error(`mentor profile failed: ${res.statusCode} ${res.body}`);
  return { ...created, profile: res.json() };
}
