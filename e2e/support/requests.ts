import type { RegisterInput } from '../../contract/accounts';
import type { MentoringRequest, RequestList } from '../../contract/mentoring';
import type { UpdateMentorProfile } from '../../contract/mentors';
import { LISTABLE_PROFILE } from '../../test/factories';
import { registerOverHttp } from './api-member';
import type { Visitor } from './browser';

type Method = 'GET' | 'POST' | 'PUT';

/** Calls the API as the member signed in to the visitor's browser (the session cookie is theirs). */
export async function callAs<T = unknown>(visitor: Visitor, method: Method, path: string, body?: unknown): Promise<T> {
  const { baseURL } = visitor.options;
  const response = await visitor.page.context().request.fetch(new URL(path, baseURL).href, {
    method,
    headers: { origin: baseURL },
    data: body,
  });
  if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Turns the visitor's (alumnus) account into a mentor with a filled-in profile. */
export async function becomeMentor(visitor: Visitor, profile: UpdateMentorProfile): Promise<void> {
  await callAs(visitor, 'POST', '/api/me/mentor-profile/activate');
  // Listed: the fields a mentee needs that the story leaves out are filled in.
  await callAs(visitor, 'PUT', '/api/me/mentor-profile', { ...LISTABLE_PROFILE, ...profile });
}

/** The requests a mentor has received from one member (newest first). */
export async function incomingFrom(visitor: Visitor, username: string): Promise<MentoringRequest[]> {
  const list = await callAs<RequestList>(visitor, 'GET', `/api/requests?direction=incoming&with=${encodeURIComponent(username)}`);
  return list.items;
}

export interface Mentee {
  name: string;
  username: string;
}

/**
 * A student registered through the API (outside any browser) who sends `mentorUsername` a
 * mentoring request, for stories that need requests waiting for the mentor.
 */
export async function createMenteeWithRequest(baseURL: string, mentorUsername: string, member: Partial<RegisterInput>): Promise<Mentee> {
  const mentee = await registerOverHttp(baseURL, { role: 'student', ...member });
  await mentee.call('POST', '/api/requests', {
    mentorUsername,
    motivation: `I am ${mentee.registration.firstName}, and I would like to learn how you chose your first job after graduating.`,
  });
  return { name: mentee.name, username: mentee.username };
}
