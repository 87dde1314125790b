import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createStartingServer, type StartingServer } from './starting-server';

describe('the server while the app starts', () => {
  let starting: StartingServer | undefined;
  afterEach(async () => {
    starting?.server.closeAllConnections();
    await new Promise((resolve) => starting?.server.close(resolve) ?? resolve(undefined));
  });

  const listen = async () => {
    starting = createStartingServer();
    await starting.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(starting.server.address() as AddressInfo).port}`;
  };

  it('answers /healthz at once and /readyz 503 service_unavailable until the app is ready', async () => {
    const base = await listen();
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(((await ready.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
  });

  it('holds other requests, body and all, until the app takes the server, then the app answers them', async () => {
    const base = await listen();
    const answer = fetch(`${base}/api/echo`, { method: 'POST', body: 'hello' }).then(async (res) => ({ status: res.status, text: await res.text() }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    starting!.serverFactory((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => response.end(`${request.url} ${body}`));
    });
    starting!.open();
    expect(await answer).toEqual({ status: 200, text: '/api/echo hello' });
    // From now on the app answers /healthz and /readyz too.
    expect(await (await fetch(`${base}/readyz`)).text()).toBe('/readyz ');
  });

  it('answers the waiting requests 503 when starting fails', async () => {
    const base = await listen();
    const answer = fetch(`${base}/api/me`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    starting!.fail();
    const res = await answer;
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
  });
});
