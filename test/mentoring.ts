import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app';

/** A motivation long enough to pass (30–2,000 characters). */
export const MOTIVATION = 'I would like to learn how you moved from research into policy work.';

type Method = 'GET' | 'POST' | 'PUT';

/** An API call as the member behind `cookie` (or anonymous). */
export function caller(t: TestApp) {
  return (method: Method, url: string, cookie?: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
}

/** Sends a request through the API and returns its id; fails the test on anything but 201. */
export async function sendRequest(t: TestApp, cookie: string, mentorUsername: string, extra: object = {}): Promise<string> {
  const res = await caller(t)('POST', '/api/requests', cookie, { mentorUsername, motivation: MOTIVATION, ...extra });
  if (res.statusCode !== 201) throw new Error(`send failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
