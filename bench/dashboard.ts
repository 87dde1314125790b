import type { HttpClient } from './lib/http';

/**
 * The dashboard as a member sees it first after signing in: `GET /api/dashboard`, whose slowest
 * part is the suggested mentors (the member's programme, interests and languages against every
 * available mentor). Measured beside the session check (bench/overhead.ts) in the same run.
 */

/** What the bench member fills in, so suggestions have all three reasons to work with. */
export const DASHBOARD_MEMBER = { interests: ['Data science', 'Marketing'], languages: ['nl', 'en'] };

/** Fills in the member's interests and languages, as a member who wants suggestions has. */
export async function prepareDashboardMember(http: HttpClient, cookie: string, origin: string): Promise<void> {
  const headers = { cookie, origin };
  const interests = await http.sendJson('PUT', '/api/me/interests', { interests: DASHBOARD_MEMBER.interests }, headers);
  const profile = await http.sendJson('PATCH', '/api/me', { languages: DASHBOARD_MEMBER.languages }, headers);
  for (const res of [interests, profile]) if (res.status !== 200) throw new Error(`setting up the dashboard member: ${res.status} ${JSON.stringify(res.json)}`);
}

/** `count` dashboard loads (after a few unmeasured), in ms; each must suggest someone. */
export async function measureDashboard(http: HttpClient, cookie: string, count = 100): Promise<number[]> {
  const load = async () => {
    const res = await http.get('/api/dashboard', { cookie });
    if (res.status !== 200) throw new Error(`GET /api/dashboard answered ${res.status}`);
    if ((res.json as { suggestedMentors: unknown[] }).suggestedMentors.length === 0) throw new Error('the dashboard suggested no mentors');
    return res.elapsedMs;
  };
  for (let i = 0; i < 10; i++) await load();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await load());
  return samples;
}
