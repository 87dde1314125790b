import type { RegisterInput } from '../../contract/accounts';
import type { UpdateMentorProfile } from '../../contract/mentors';
import { buildRegistration } from '../../test/factories';

export interface SeededMentor {
  name: string;
  username: string;
}

/**
 * An alumnus with an activated, filled-in mentor profile, made through the API (outside any
 * browser), for stories that need mentors to find. `paused` pauses mentoring afterwards.
 */
export async function createMentor(
  baseURL: string,
  member: Partial<RegisterInput>,
  profile: UpdateMentorProfile,
  { paused = false } = {},
): Promise<SeededMentor> {
  const registration = buildRegistration({ ...member, role: 'alumnus' });
  const signUp = await fetch(new URL('/api/auth/sign-up/email', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL },
    body: JSON.stringify(registration),
  });
  if (signUp.status !== 201) throw new Error(`Registration failed: ${signUp.status} ${await signUp.text()}`);
  const cookie = signUp.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');

  const call = async (method: 'POST' | 'PUT', path: string, body?: unknown) => {
    const response = await fetch(new URL(path, baseURL), {
      method,
      headers: { cookie, origin: baseURL, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
  };
  await call('POST', '/api/me/mentor-profile/activate');
  await call('PUT', '/api/me/mentor-profile', profile);
  if (paused) await call('POST', '/api/me/mentor-profile/pause');
  return { name: `${registration.firstName} ${registration.familyName}`, username: registration.username };
}
