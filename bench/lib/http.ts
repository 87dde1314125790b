import { randomBytes } from 'node:crypto';
import http from 'node:http';

/**
 * Requests over kept-alive connections (one unless `sockets` says more) with node:http (lighter
 * than fetch, so the client adds as little as possible to what is measured). Resolves with the
 * status and the parsed JSON body.
 */
export function createHttpClient(baseUrl: string, sockets = 1) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port } = new URL(baseUrl);
  const request = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; json: unknown; elapsedMs: number }>((resolve, reject) => {
      const started = performance.now();
      const req = http.request({ agent, hostname, port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const elapsedMs = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? JSON.parse(text) : null, elapsedMs });
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return {
    get: (path: string, headers: Record<string, string> = {}) => request('GET', path, headers),
    postJson: (path: string, payload: unknown, headers: Record<string, string> = {}) =>
      request('POST', path, { 'content-type': 'application/json', ...headers }, JSON.stringify(payload)),
    sendJson: (method: 'PUT' | 'PATCH', path: string, payload: unknown, headers: Record<string, string> = {}) =>
      request(method, path, { 'content-type': 'application/json', ...headers }, JSON.stringify(payload)),
    close: () => agent.destroy(),
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

/** Registers a student through the API and returns their session cookie; `prefix` starts the user name. */
export async function signUpStudent(client: HttpClient, origin: string, prefix: string): Promise<string> {
  const id = randomBytes(3).toString('hex');
  const res = await client.postJson(
    '/api/auth/sign-up/email',
    {
      role: 'student',
      firstName: 'Bench',
      familyName: 'Student',
      dateOfBirth: '2002-02-02',
      username: `${prefix}.${id}`,
      email: `${prefix}.${id}@example.org`,
      password: 'bench-password-that-is-long',
      studyProgramme: 'Psychology',
      startYear: 2022,
    },
    { origin },
  );
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.json)}`);
  return ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
