import type { RegisterInput } from '../../contract/accounts';
import { buildRegistration } from '../../test/factories';

type Method = 'GET' | 'POST' | 'PUT';

export interface ApiMember {
  name: string;
  username: string;
  registration: RegisterInput;
  /** Calls the API as this member and answers the parsed body; a failed call throws. */
  call<T = unknown>(method: Method, path: string, body?: unknown): Promise<T>;
}

/** A member registered through the API (outside any browser), for stories that need others around. */
export async function registerOverHttp(baseURL: string, member: Partial<RegisterInput>): Promise<ApiMember> {
  const registration = buildRegistration(member);
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

  async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const response = await fetch(new URL(path, baseURL), {
      method,
      headers: { cookie, origin: baseURL, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  return { name: `${registration.firstName} ${registration.familyName}`, username: registration.username, registration, call };
}
