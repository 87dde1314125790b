import type { HttpClient } from './lib/http';

/**
 * What any request costs before its own work, measured in the same run as the endpoints: a
 * request without a session (GET /healthz) and a signed-in one that reads almost nothing
 * (GET /api/me/interests: the session check and one small row). An endpoint's HTTP time is
 * roughly its SQL time plus the second.
 */
/** The signed-in request that reads almost nothing: what the dashboard and the Inbox are held to. */
export const SESSION_CHECK = '/api/me/interests';

export const FLOOR_PATHS = [
  { path: '/healthz', label: 'no session (GET /healthz)', signedIn: false },
  { path: SESSION_CHECK, label: 'session check (GET /api/me/interests)', signedIn: true },
] as const;

export async function measureFloor(http: HttpClient, cookie: string, count = 100): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = {};
  for (const { path, signedIn } of FLOOR_PATHS) {
    const headers: Record<string, string> = signedIn ? { cookie } : {};
    for (let i = 0; i < 10; i++) await http.get(path, headers);
    samples[path] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const res = await http.get(path, headers);
      samples[path].push(performance.now() - started);
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    }
  }
  return samples;
}
