import { createServer } from 'node:net';

interface StoredCookie {
  value: string;
  path: string;
}

/**
 * Just enough of a browser to drive sign-in redirects between the app and an identity provider
 * over real HTTP: a cookie jar per host (with paths and deletion), manual redirects, and the
 * Origin header on the app's state-changing calls.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  constructor(private readonly appOrigin: string) {}

  /** One request, no redirects followed; cookies sent and stored. */
  async request(url: string | URL, init: { method?: string; json?: unknown } = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers();
    const cookie = this.cookieHeader(target);
    if (cookie) headers.set('cookie', cookie);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    if ((init.method ?? 'GET') !== 'GET' && target.origin === this.appOrigin) headers.set('origin', this.appOrigin);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      redirect: 'manual',
    });
    this.store(target, response.headers.getSetCookie());
    return response;
  }

  /** A JSON call to the app's API; the body is untyped, like inject()'s json(), for assertions. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async api(method: string, path: string, json?: unknown): Promise<{ status: number; body: any }> {
    const response = await this.request(`${this.appOrigin}${path}`, { method, json });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /**
   * Follows redirects from `url` and returns the first URL that is a page of the app (where the
   * browser would load the web app), or that `stopBefore` picks out, without requesting it.
   */
  async follow(url: string | URL, stopBefore: (next: URL) => boolean = () => false): Promise<URL> {
    let current = new URL(url);
    for (let hop = 0; hop < 20; hop += 1) {
      if (stopBefore(current) || this.isAppPage(current)) return current;
      const response = await this.request(current);
      await response.arrayBuffer();
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`${current} answered ${response.status} without a redirect`);
      }
      current = new URL(location, current);
    }
    throw new Error('too many redirects');
  }

  /** The Cookie header this browser would send to `url`. */
  cookieHeader(url: URL): string {
    const cookies = this.jar.get(url.host) ?? new Map<string, StoredCookie>();
    return [...cookies.entries()]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([key, cookie]) => `${key.split('\n')[0]}=${cookie.value}`)
      .join('; ');
  }

  private isAppPage(url: URL): boolean {
    return url.origin === this.appOrigin && !url.pathname.startsWith('/api/');
  }

  private store(url: URL, setCookies: string[]): void {
    const cookies = this.jar.get(url.host) ?? new Map<string, StoredCookie>();
    this.jar.set(url.host, cookies);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attribute = (key: string) =>
        attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attribute('path') ?? '/';
      const maxAge = attribute('max-age');
      const expires = attribute('expires');
      const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      const key = `${name}\n${path}`;
      if (expired || value === '') cookies.delete(key);
      else cookies.set(key, { value, path });
    }
  }
}

/** A free loopback port, so the app's public URL is known before it is built. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
