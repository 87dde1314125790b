import type { RegisterInput } from '../../contract/accounts';
import type { UpdateMentorProfile } from '../../contract/mentors';
import { LISTABLE_PROFILE } from '../../test/factories';
import { registerOverHttp } from './api-member';

export interface SeededMentor {
  name: string;
  username: string;
}

/**
 * An alumnus with an activated, filled-in mentor profile, made through the API (outside any
 * browser), for stories that need mentors to find: listed, as the fields a mentee needs that the
 * story leaves out are filled in (LISTABLE_PROFILE). `paused` pauses mentoring afterwards.
 */
export async function createMentor(
  baseURL: string,
  member: Partial<RegisterInput>,
  profile: UpdateMentorProfile,
  { paused = false } = {},
): Promise<SeededMentor> {
  const mentor = await registerOverHttp(baseURL, { ...member, role: 'alumnus' });
  await mentor.call('POST', '/api/me/mentor-profile/activate');
  await mentor.call('PUT', '/api/me/mentor-profile', { ...LISTABLE_PROFILE, ...profile });
  if (paused) await mentor.call('POST', '/api/me/mentor-profile/pause');
  return { name: mentor.name, username: mentor.username };
}
